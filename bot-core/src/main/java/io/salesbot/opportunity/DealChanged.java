package io.salesbot.opportunity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Published inside the transaction of a deal's creation or stage change, after it is written, so
 * listeners (notifications) act atomically with it: if the change rolls back, so do they.
 * {@code version} is the deal's version after the change: together with its id, one change.
 * {@code ownerUserId} is the owner's platform user id (for a mention; null if unknown), {@code
 * createdAt} and {@code closedAt} when the deal was created and, once closed, closed.
 */
public record DealChanged(
        Kind kind,
        long workspaceId,
        long dealId,
        int number,
        int version,
        String name,
        String customer,
        BigDecimal amount,
        String ownerName,
        StageView from,
        StageView to,
        String lostReason,
        String byName,
        String note,
        String ownerUserId,
        Instant createdAt,
        Instant closedAt) {

    /** What happened: a new deal, a move between stages, or a close. */
    public enum Kind {
        NEW,
        STAGE,
        WON,
        LOST
    }
}
