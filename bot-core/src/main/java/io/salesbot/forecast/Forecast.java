package io.salesbot.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A forecast: its rows in period order (then group), and the totals over all of them; the
 * filters it was asked with; the period holding today ({@code currentPeriod}) and the open deals
 * whose close date has passed, which the rows count in that period; the open deals without a
 * close date, which no period can count.
 */
public record Forecast(
        ForecastQuery query,
        List<ForecastRow> rows,
        String currency,
        ReportFilters filters,
        String currentPeriod,
        Overdue overdue,
        Undated undated) {

    /** Open deals whose expected close date is before today, over the whole workspace (filtered). */
    public record Overdue(long deals, BigDecimal unweighted, BigDecimal weighted) {}

    /** Open deals without a close date (in no period), and the number of one of them. */
    public record Undated(long deals, BigDecimal unweighted, int example) {}

    /** Whether the rows include {@link #currentPeriod}, and so the overdue deals. */
    public boolean showsCurrentPeriod() {
        return rows.stream().anyMatch(row -> row.period().equals(currentPeriod));
    }

    public BigDecimal totalUnweighted() {
        return sum(ForecastRow::openUnweighted);
    }

    public BigDecimal totalWeighted() {
        return sum(ForecastRow::openWeighted);
    }

    public BigDecimal totalWon() {
        return sum(ForecastRow::closedWon);
    }

    private BigDecimal sum(Function<ForecastRow, BigDecimal> column) {
        return rows.stream().map(column).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
