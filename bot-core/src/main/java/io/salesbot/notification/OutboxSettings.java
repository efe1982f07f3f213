package io.salesbot.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code salesbot.outbox.*}: whether this instance delivers notifications and runs the schedules,
 * how often it looks for due rows, and how it retries (exponential backoff with jitter, then the
 * row is kept as failed with its reason).
 *
 * @param enabled Whether this instance delivers notifications and adds digests and reminders
 *     (SALESBOT_OUTBOX_ENABLED). Any number of instances may; false keeps this one out of delivery.
 * @param poll How often the worker looks for rows other instances added and for retries that fell
 *     due (SALESBOT_OUTBOX_POLL). Its own new rows wake it at once.
 * @param maxAttempts How many times a notification is tried before it is kept as failed.
 * @param firstRetry The wait before the first retry; each later one doubles it, with jitter.
 * @param longestRetry The longest wait between two attempts.
 * @param directMessageSenders How many direct messages (reminders, "my day") are sent at once beside
 *     the worker that posts to channels (SALESBOT_OUTBOX_DIRECT_MESSAGE_SENDERS): ten thousand
 *     reminders due in one minute go out within it. A sender holds no database connection while the
 *     platform answers; 0 leaves everything to the one worker.
 */
@ConfigurationProperties("salesbot.outbox")
public record OutboxSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration poll,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("2s") Duration firstRetry,
        @DefaultValue("10m") Duration longestRetry,
        @DefaultValue("32") int directMessageSenders) {}
