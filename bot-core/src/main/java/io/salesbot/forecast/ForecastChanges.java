package io.salesbot.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How a period's open forecast moved from {@code since} to {@code until}: the figure at each
 * moment and, between them, one bar per kind of move with the deals that made it (largest first).
 * {@code start} plus every bar's signed total is {@code end}.
 */
public record ForecastChanges(
        String period,
        LocalDate periodFrom,
        LocalDate periodTo,
        Instant since,
        Instant until,
        BigDecimal start,
        BigDecimal end,
        List<Bar> bars,
        List<SlipRate> slipRates,
        String currency,
        ReportFilters filters) {

    public ForecastChanges {
        bars = List.copyOf(bars);
        slipRates = List.copyOf(slipRates);
    }

    /** One kind of move: its total (positive; {@link ForecastMove#sign()} says which way) and its deals. */
    public record Bar(ForecastMove move, BigDecimal total, List<DealChange> deals) {

        public Bar {
            deals = List.copyOf(deals);
        }

        /** The bar's total with its direction: what it adds to the forecast. */
        public BigDecimal signed() {
            return move.sign() < 0 ? total.negate() : total;
        }
    }

    /** One deal's move: the amount it added or took (positive), and its amount at the two moments. */
    public record DealChange(
            int number, String name, String ownerName, BigDecimal amount, BigDecimal before, BigDecimal after) {}

    /** Of one rep's deals closing in the period, how many had their close date pushed out at least once. */
    public record SlipRate(String ownerName, long deals, long slipped) {}

    /** Whether nothing moved the number. */
    public boolean isUnchanged() {
        return bars.isEmpty();
    }
}
