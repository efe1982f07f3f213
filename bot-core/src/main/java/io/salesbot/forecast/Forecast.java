package io.salesbot.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** A forecast: its rows in period order (then group), and the totals over all of them. */
public record Forecast(ForecastQuery query, List<ForecastRow> rows, String currency) {

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
