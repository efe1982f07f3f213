package io.salesbot.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One rep's (or, with {@code memberId} null, the team's) forecast for one period, as {@code
 * /forecast} counts it: what is won (Closed), Commit, Best case (Commit included), Pipeline (every
 * open deal in the forecast, Best case included), the weighted amount of those open deals, and the
 * quota ({@link QuotaBook}'s rule; empty when there is none). Open deals whose close date has
 * passed count in the period holding today. Amounts in the workspace's currency.
 */
public record PeriodForecast(
        String period,
        Long memberId,
        BigDecimal closedWon,
        BigDecimal commit,
        BigDecimal bestCase,
        BigDecimal pipeline,
        BigDecimal weighted,
        Optional<BigDecimal> quota) {

    public PeriodForecast {
        quota = quota == null ? Optional.empty() : quota;
    }

    static PeriodForecast of(ForecastRow row, Long memberId, Optional<BigDecimal> quota) {
        return new PeriodForecast(
                row.period(),
                memberId,
                row.closedWon(),
                row.commit(),
                row.bestCase(),
                row.openUnweighted(),
                row.openWeighted(),
                quota);
    }

    /** Won ÷ quota (0.25 is 25 %); empty without a quota, or with a quota of zero. */
    public Optional<BigDecimal> attainment() {
        return quota.filter(q -> q.signum() > 0).map(q -> closedWon.divide(q, 4, RoundingMode.HALF_UP));
    }

    /** What is left to win: quota − won, never below zero; empty without a quota. */
    public Optional<BigDecimal> gap() {
        return quota.map(q -> q.subtract(closedWon).max(BigDecimal.ZERO).setScale(2));
    }

    /**
     * Open pipeline ÷ what is left of the quota (3.0 is "three times covered"); empty without a
     * quota, or when nothing is left to win (the quota is met).
     */
    public Optional<BigDecimal> coverage() {
        return gap().filter(left -> left.signum() > 0).map(left -> pipeline.divide(left, 4, RoundingMode.HALF_UP));
    }
}
