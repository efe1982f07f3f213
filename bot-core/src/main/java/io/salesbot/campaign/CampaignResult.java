package io.salesbot.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How one campaign did: deals credited to it, how many closed won and lost, the win rate among
 * closed deals (null while none closed), revenue won and the open pipeline.
 */
public record CampaignResult(
        String campaign,
        BigDecimal cost,
        long deals,
        long won,
        long lost,
        BigDecimal wonRevenue,
        BigDecimal openPipeline) {

    /** Won ÷ (won + lost) in percent, one decimal; null when no deal has closed yet. */
    public BigDecimal winRate() {
        long closed = won + lost;
        return closed == 0
                ? null
                : BigDecimal.valueOf(won * 100).divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP);
    }
}
