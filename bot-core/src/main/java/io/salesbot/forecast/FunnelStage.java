package io.salesbot.forecast;

import java.math.BigDecimal;

/**
 * One bar of the funnel: an open stage (or, last, the won stage) with the cohort's deals that
 * reached it, and for open stages the finished stays in it and its stuck-after limit.
 *
 * @param reached deals of the cohort that were ever in this stage or beyond it (a deal that skipped
 *     it counts as having reached it; a won deal reached every stage)
 * @param stays finished stays in the stage (a deal that left it, however it left)
 * @param averageDays their average length in days, one decimal; null when there was none
 * @param limitDays the stage's stuck-after limit, or null
 */
public record FunnelStage(
        String name,
        String thaiName,
        boolean won,
        long reached,
        long stays,
        BigDecimal averageDays,
        Integer limitDays) {}
