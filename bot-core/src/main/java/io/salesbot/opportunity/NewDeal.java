package io.salesbot.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deal to create, as a person gave it. Only {@code name} is required. Names of stage, type,
 * campaign and source are resolved within the workspace; {@code owner} (a platform user id or
 * display name) defaults to the creator. A null amount follows the line items, a null
 * probability follows the stage, a null stage is the first open stage.
 */
public record NewDeal(
        String name,
        String customer,
        BigDecimal amount,
        Integer probability,
        LocalDate closeDate,
        String stage,
        String type,
        String campaign,
        String source,
        String owner,
        String lostReason,
        String description) {

    public static NewDeal named(String name) {
        return new NewDeal(name, null, null, null, null, null, null, null, null, null, null, null);
    }

    public NewDeal withAmount(BigDecimal newAmount) {
        return new NewDeal(
                name,
                customer,
                newAmount,
                probability,
                closeDate,
                stage,
                type,
                campaign,
                source,
                owner,
                lostReason,
                description);
    }

    public NewDeal withCloseDate(LocalDate newCloseDate) {
        return new NewDeal(
                name,
                customer,
                amount,
                probability,
                newCloseDate,
                stage,
                type,
                campaign,
                source,
                owner,
                lostReason,
                description);
    }

    public NewDeal withOwnerOf(String member) {
        return new NewDeal(
                name,
                customer,
                amount,
                probability,
                closeDate,
                stage,
                type,
                campaign,
                source,
                member,
                lostReason,
                description);
    }
}
