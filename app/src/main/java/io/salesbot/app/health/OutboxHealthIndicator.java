package io.salesbot.app.health;

import io.salesbot.notification.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The notification backlog: how many are waiting and failed, and how long the oldest due one has
 * waited. Down when a due notification has waited longer than {@link #STUCK}: no worker is
 * delivering (or every send fails).
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    static final Duration STUCK = Duration.ofMinutes(15);

    private final Outbox outbox;
    private final Clock clock;

    OutboxHealthIndicator(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Outbox.Backlog backlog = outbox.backlog(now);
        long waitingSeconds = backlog.oldestDue() == null
                ? 0
                : Duration.between(backlog.oldestDue(), now).toSeconds();
        Health.Builder health = waitingSeconds > STUCK.toSeconds() ? Health.down() : Health.up();
        return health.withDetail("pending", backlog.pending())
                .withDetail("failed", backlog.failed())
                .withDetail("oldestDueSeconds", waitingSeconds)
                .build();
    }
}
