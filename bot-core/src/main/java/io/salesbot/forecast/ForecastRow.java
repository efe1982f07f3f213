package io.salesbot.forecast;

import java.math.BigDecimal;

/**
 * One period (and group, when broken down) of a forecast, by expected close date. The open
 * figures count the deals in the forecast (every open deal but the Omitted ones): {@code
 * openUnweighted} is the Pipeline column (all of them), {@code bestCase} the Best case and Commit
 * deals, {@code commit} the Commit deals, {@code openWeighted} all of them weighted by
 * probability; {@code closedWon} is what is already won (Closed). {@code quota} is the quota of the
 * row's rep (by rep), the filtered rep or the team ({@link QuotaBook}'s rule), null when there is
 * none or the row's group has no quota (a type, a campaign, a category).
 */
public record ForecastRow(
        String period,
        String group,
        long openDeals,
        BigDecimal openUnweighted,
        BigDecimal openWeighted,
        long wonDeals,
        BigDecimal closedWon,
        BigDecimal commit,
        BigDecimal bestCase,
        BigDecimal quota) {

    /** A row without a quota. */
    public ForecastRow(
            String period,
            String group,
            long openDeals,
            BigDecimal openUnweighted,
            BigDecimal openWeighted,
            long wonDeals,
            BigDecimal closedWon,
            BigDecimal commit,
            BigDecimal bestCase) {
        this(period, group, openDeals, openUnweighted, openWeighted, wonDeals, closedWon, commit, bestCase, null);
    }

    /** A row without a category split (Commit and Best case unknown, taken as nothing). */
    public ForecastRow(
            String period,
            String group,
            long openDeals,
            BigDecimal openUnweighted,
            BigDecimal openWeighted,
            long wonDeals,
            BigDecimal closedWon) {
        this(period, group, openDeals, openUnweighted, openWeighted, wonDeals, closedWon, zero(), zero());
    }

    static ForecastRow empty(String period, String group) {
        return new ForecastRow(period, group, 0, zero(), zero(), 0, zero(), zero(), zero());
    }

    ForecastRow withQuota(BigDecimal newQuota) {
        return new ForecastRow(
                period,
                group,
                openDeals,
                openUnweighted,
                openWeighted,
                wonDeals,
                closedWon,
                commit,
                bestCase,
                newQuota);
    }

    /** The row's figures with its quota's attainment, gap and coverage. */
    public PeriodForecast figures() {
        return PeriodForecast.of(this, null, java.util.Optional.ofNullable(quota));
    }

    /** This row and {@code other} added up, labelled as this one (without a quota). */
    ForecastRow plus(ForecastRow other) {
        return new ForecastRow(
                period,
                group,
                openDeals + other.openDeals,
                openUnweighted.add(other.openUnweighted),
                openWeighted.add(other.openWeighted),
                wonDeals + other.wonDeals,
                closedWon.add(other.closedWon),
                commit.add(other.commit),
                bestCase.add(other.bestCase));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
