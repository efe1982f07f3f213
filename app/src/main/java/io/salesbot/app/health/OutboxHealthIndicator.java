package io.salesbot.app.health;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notification backlog: how many are waiting and failed, and how long the oldest due one has
 * waited. Down when a due notification has waited longer than {@link #STUCK}: no worker is
 * delivering (or every send fails).
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    static final Duration STUCK = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutboxHealthIndicator(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        long pending = count("PENDING");
        long failed = count("FAILED");
        Timestamp oldest = jdbc.queryForObject(
                "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'PENDING' AND next_attempt_at <= ?",
                Timestamp.class,
                Timestamp.from(now));
        long waitingSeconds =
                oldest == null ? 0 : Duration.between(oldest.toInstant(), now).toSeconds();
        Health.Builder health = waitingSeconds > STUCK.toSeconds() ? Health.down() : Health.up();
        return health.withDetail("pending", pending)
                .withDetail("failed", failed)
                .withDetail("oldestDueSeconds", waitingSeconds)
                .build();
    }

    private long count(String status) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE status = ?", Long.class, status);
        return count == null ? 0 : count;
    }
}
