package io.salesbot.forecast;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How forecast periods are cut: by month, quarter or year of the expected close date. */
public enum Granularity {
    MONTH,
    QUARTER,
    YEAR;

    /** The label of the period holding {@code date}: {@code 2026-12}, {@code 2026-Q4}, {@code 2026}. */
    public String label(LocalDate date) {
        return switch (this) {
            case MONTH -> "%d-%02d".formatted(date.getYear(), date.getMonthValue());
            case QUARTER -> "%d-Q%d".formatted(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    public LocalDate endOf(LocalDate date) {
        return next(startOf(date)).minusDays(1);
    }

    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case MONTH -> periodStart.plusMonths(1);
            case QUARTER -> periodStart.plusMonths(3);
            case YEAR -> periodStart.plusYears(1);
        };
    }
}
