package io.salesbot.notification;

import java.time.Instant;
import java.util.Map;

/** One notification waiting in (or gone through) the outbox. */
public record OutboxRow(
        long id,
        long workspaceId,
        NotificationKind kind,
        DeliveryTarget target,
        Map<String, String> facts,
        String status,
        int attempts,
        String lastError,
        Instant createdAt) {}
