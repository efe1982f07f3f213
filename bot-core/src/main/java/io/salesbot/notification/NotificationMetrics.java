package io.salesbot.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code salesbot.notifications} (sent, retried, failed) and {@code salesbot.notifications.pending}
 * (read from the outbox when scraped, so every instance reports the shared backlog).
 */
@Component
public class NotificationMetrics {

    private final Counter sent;
    private final Counter retried;
    private final Counter failed;

    NotificationMetrics(ObjectProvider<MeterRegistry> registries, JdbcTemplate jdbc) {
        MeterRegistry registry = registries.getIfAvailable(SimpleMeterRegistry::new);
        sent = counter(registry, "sent");
        retried = counter(registry, "retried");
        failed = counter(registry, "failed");
        Gauge.builder("salesbot.notifications.pending", jdbc, NotificationMetrics::pending)
                .description("Notifications waiting in the outbox")
                .register(registry);
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("salesbot.notifications")
                .description("Notification delivery attempts, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    static double pending(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE status = 'PENDING'", Long.class);
        return count == null ? 0 : count;
    }

    void sent() {
        sent.increment();
    }

    void retried() {
        retried.increment();
    }

    void failed() {
        failed.increment();
    }
}
