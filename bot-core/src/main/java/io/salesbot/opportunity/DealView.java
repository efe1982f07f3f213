package io.salesbot.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a deal card shows, read inside the transaction so renderers never touch entities.
 * {@code nextStage} is the next open stage (or the won stage after the last open one), for the
 * card's "next stage" button; null when the deal is closed.
 */
public record DealView(
        long id,
        int number,
        String name,
        String customer,
        String type,
        StageView stage,
        StageView nextStage,
        int probability,
        boolean probabilityExplicit,
        BigDecimal estimatedRevenue,
        boolean amountExplicit,
        BigDecimal expectedRevenue,
        LocalDate closeDate,
        String campaign,
        Integer leadNumber,
        String leadSource,
        long ownerId,
        String ownerName,
        String lostReason,
        String description,
        List<LineView> lines,
        String currency,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public boolean isClosed() {
        return stage.kind().isClosed();
    }
}
