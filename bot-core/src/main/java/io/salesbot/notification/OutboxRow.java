package io.salesbot.notification;

import java.time.Instant;

/** One notification waiting in (or gone through) the outbox. */
public record OutboxRow(
        long id,
        long workspaceId,
        DeliveryTarget target,
        Notice notice,
        String status,
        int attempts,
        String lastError,
        Instant createdAt) {

    public NotificationKind kind() {
        return notice.kind();
    }
}
