package io.salesbot.forecast;

import java.math.BigDecimal;

/**
 * One period (and group, when broken down) of a forecast: open deals unweighted and weighted by
 * probability, and what is already won, all by expected close date.
 */
public record ForecastRow(
        String period,
        String group,
        long openDeals,
        BigDecimal openUnweighted,
        BigDecimal openWeighted,
        long wonDeals,
        BigDecimal closedWon) {}
