package io.salesbot.forecast;

import io.salesbot.opportunity.ChangeField;
import io.salesbot.opportunity.ForecastCategory;
import io.salesbot.opportunity.StageKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the forecast needs to know of one deal at one moment: whether it existed, open or closed,
 * its amount, close date, owner, probability and whether it was kept out of the forecast (the
 * Omitted category). The state now is read from the deal; earlier ones by putting back, newest
 * first, the from-values of the changes made since, which is why every writer of history must
 * record what it changes (HistoryReplayIntegrationTests).
 */
record DealMoment(
        boolean exists,
        StageKind kind,
        BigDecimal amount,
        LocalDate closeDate,
        long ownerId,
        int probability,
        boolean omitted) {

    /** One entry of a deal's history, as far as the forecast reads it. */
    record Change(ChangeField field, String from, Long fromRef, Instant at) {}

    /**
     * The deal as it was just before {@code change}. {@code membersByName} finds the owner of an
     * owner change recorded before the ids were (by display name; unknown names leave it as is).
     */
    DealMoment before(Change change, Map<String, Long> membersByName) {
        return switch (change.field()) {
            case CREATED -> withExists(false);
            case AMOUNT ->
                new DealMoment(exists, kind, new BigDecimal(change.from()), closeDate, ownerId, probability, omitted);
            case CLOSE_DATE, CLOSED_ON ->
                new DealMoment(exists, kind, amount, date(change.from()), ownerId, probability, omitted);
            case PROBABILITY ->
                new DealMoment(exists, kind, amount, closeDate, ownerId, Integer.parseInt(change.from()), omitted);
            // Only an open deal moves stage or closes (Opportunity.moveTo, lose).
            case STAGE -> new DealMoment(exists, StageKind.OPEN, amount, closeDate, ownerId, probability, omitted);
            // Reopening recorded the closed stage's probability going away after it, so that change
            // is already undone here: a won stage holds 100, a lost one 0 (Stage.probabilityOnEntry).
            case REOPENED ->
                new DealMoment(
                        exists,
                        probability == 100 ? StageKind.WON : StageKind.LOST,
                        amount,
                        closeDate,
                        ownerId,
                        probability,
                        omitted);
            case OWNER -> {
                Long before = change.fromRef() != null ? change.fromRef() : membersByName.get(change.from());
                yield before == null
                        ? this
                        : new DealMoment(exists, kind, amount, closeDate, before, probability, omitted);
            }
            case CATEGORY ->
                new DealMoment(
                        exists,
                        kind,
                        amount,
                        closeDate,
                        ownerId,
                        probability,
                        ForecastCategory.OMITTED.name().equals(change.from()));
            default -> this;
        };
    }

    /** The same deal, said to exist or not at the moment (one created later did not). */
    DealMoment withExists(boolean existed) {
        return new DealMoment(existed, kind, amount, closeDate, ownerId, probability, omitted);
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
