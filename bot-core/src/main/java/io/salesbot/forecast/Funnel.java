package io.salesbot.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The funnel of one period: how the deals created or closed in it moved through the stages, how
 * the deals closed in it ended, and the open pipeline's velocity. See {@link FunnelService} for
 * exactly which deals each figure counts.
 *
 * @param cohort deals created or closed in the period (both counts once)
 * @param stages the open stages in order, then the won stage
 * @param closed deals closed (won or lost) in the period
 * @param won of them, won
 * @param wonAmount the won deals' amounts, summed
 * @param wonSeconds the won deals' times from creation to close, summed
 * @param openDeals the open deals now, whatever their creation date
 * @param stuck open deals stuck longer than their stage's limit, longest first ({@link #SHOWN} at most)
 * @param stuckTotal how many are stuck in all
 */
public record Funnel(
        String periodLabel,
        LocalDate from,
        LocalDate to,
        ReportFilters filters,
        long cohort,
        List<FunnelStage> stages,
        long closed,
        long won,
        BigDecimal wonAmount,
        long wonSeconds,
        long openDeals,
        List<StuckDeal> stuck,
        long stuckTotal) {

    public static final int SHOWN = 10;

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    public boolean isEmpty() {
        return cohort == 0 && stuckTotal == 0;
    }

    /** Won ÷ closed, in percent with one decimal; null when nothing closed. */
    public BigDecimal winRatePercent() {
        return closed == 0
                ? null
                : BigDecimal.valueOf(won * 100).divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP);
    }

    /** The won deals' average amount; null when none was won. */
    public BigDecimal averageWonAmount() {
        return won == 0 ? null : wonAmount.divide(BigDecimal.valueOf(won), 2, RoundingMode.HALF_UP);
    }

    /** The won deals' average days from creation to close, one decimal; null when none was won. */
    public BigDecimal averageDaysToClose() {
        return won == 0
                ? null
                : BigDecimal.valueOf(wonSeconds)
                        .divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(won)), 1, RoundingMode.HALF_UP);
    }

    /**
     * Sales velocity per day: open deals × average won amount × win rate ÷ average days to close,
     * from the unrounded figures (= open × wonAmount × won ÷ (closed × wonDays)). Null when
     * nothing was won, or the won deals took no time at all.
     */
    public BigDecimal velocityPerDay() {
        if (won == 0 || wonSeconds == 0) {
            return null;
        }
        BigDecimal numerator = BigDecimal.valueOf(openDeals)
                .multiply(wonAmount)
                .multiply(BigDecimal.valueOf(won))
                .multiply(SECONDS_PER_DAY);
        BigDecimal denominator = BigDecimal.valueOf(closed).multiply(BigDecimal.valueOf(wonSeconds));
        return numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /** Deals that reached the next bar ÷ deals that reached bar {@code i}, in percent; null for the last bar or none reached. */
    public BigDecimal conversionPercent(int i) {
        if (i + 1 >= stages.size() || stages.get(i).reached() == 0) {
            return null;
        }
        return BigDecimal.valueOf(stages.get(i + 1).reached() * 100)
                .divide(BigDecimal.valueOf(stages.get(i).reached()), 1, RoundingMode.HALF_UP);
    }
}
