package io.salesbot.forecast;

import io.salesbot.opportunity.StageKind;
import java.time.LocalDate;

/**
 * Which deals a period's open forecast counts, as {@code /forecast} counts them (ForecastSql): open
 * deals with a close date in the period, an overdue one counting in the period holding today.
 * One rule for the figure now and for the figure at any moment before, so that how the number
 * moved adds up to the numbers people saw. A deal in the Omitted category is kept out.
 */
final class OpenForecast {

    private OpenForecast() {}

    static boolean counts(DealMoment deal, PeriodRange period, LocalDate today, Long ownerId) {
        if (!deal.exists() || deal.kind() != StageKind.OPEN || deal.closeDate() == null || deal.omitted()) {
            return false;
        }
        if (ownerId != null && deal.ownerId() != ownerId) {
            return false;
        }
        LocalDate countedOn = deal.closeDate().isBefore(today) ? today : deal.closeDate();
        return period.contains(countedOn);
    }

    /** A forecast period: its first and last day. */
    record PeriodRange(LocalDate from, LocalDate to) {

        boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }

        /** Whether the period is before, holds, or is after {@code today}: -1, 0, 1. */
        int relationTo(LocalDate today) {
            return to.isBefore(today) ? -1 : from.isAfter(today) ? 1 : 0;
        }
    }
}
