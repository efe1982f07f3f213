package io.salesbot.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code salesbot.outbox.*}: whether this instance delivers notifications and runs the schedules,
 * how often it looks for due rows, and how it retries (exponential backoff with jitter, then the
 * row is kept as failed with its reason).
 */
@ConfigurationProperties("salesbot.outbox")
public record OutboxSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration poll,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("2s") Duration firstRetry,
        @DefaultValue("10m") Duration longestRetry) {}
