package io.salesbot.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Changes to a deal's fields; null leaves a field as it is. {@code amountFromLines} puts the amount
 * back to the sum of the line items, {@code probabilityFromStage} the probability back to the
 * stage's default. An empty campaign or source clears it. {@code expectedVersion}, when given, is
 * the version the person saw: if the deal changed since, the edit is refused as a conflict.
 */
public record DealEdit(
        String name,
        String customer,
        String type,
        BigDecimal amount,
        boolean amountFromLines,
        Integer probability,
        boolean probabilityFromStage,
        LocalDate closeDate,
        String campaign,
        String source,
        String owner,
        String description,
        Integer expectedVersion) {

    public static DealEdit none() {
        return new DealEdit(null, null, null, null, false, null, false, null, null, null, null, null, null);
    }

    public DealEdit withName(String value) {
        return new DealEdit(
                value,
                customer,
                type,
                amount,
                amountFromLines,
                probability,
                probabilityFromStage,
                closeDate,
                campaign,
                source,
                owner,
                description,
                expectedVersion);
    }

    public DealEdit withAmount(BigDecimal value) {
        return new DealEdit(
                name,
                customer,
                type,
                value,
                amountFromLines,
                probability,
                probabilityFromStage,
                closeDate,
                campaign,
                source,
                owner,
                description,
                expectedVersion);
    }

    public DealEdit withProbability(Integer value) {
        return new DealEdit(
                name,
                customer,
                type,
                amount,
                amountFromLines,
                value,
                probabilityFromStage,
                closeDate,
                campaign,
                source,
                owner,
                description,
                expectedVersion);
    }

    public DealEdit withCloseDate(LocalDate value) {
        return new DealEdit(
                name,
                customer,
                type,
                amount,
                amountFromLines,
                probability,
                probabilityFromStage,
                value,
                campaign,
                source,
                owner,
                description,
                expectedVersion);
    }

    public DealEdit withOwner(String value) {
        return new DealEdit(
                name,
                customer,
                type,
                amount,
                amountFromLines,
                probability,
                probabilityFromStage,
                closeDate,
                campaign,
                source,
                value,
                description,
                expectedVersion);
    }

    public DealEdit withCampaign(String value) {
        return new DealEdit(
                name,
                customer,
                type,
                amount,
                amountFromLines,
                probability,
                probabilityFromStage,
                closeDate,
                value,
                source,
                owner,
                description,
                expectedVersion);
    }

    public DealEdit withExpectedVersion(Integer value) {
        return new DealEdit(
                name,
                customer,
                type,
                amount,
                amountFromLines,
                probability,
                probabilityFromStage,
                closeDate,
                campaign,
                source,
                owner,
                description,
                value);
    }
}
