package io.salesbot.notification;

import java.time.Instant;

/**
 * Which notification a {@link ChatNotifier#deliver} call carries. A platform that did not answer
 * may still have posted the message, so a notifier that can find its own earlier post (Slack
 * message metadata, Discord's enforced nonce) uses {@link #key()} to post at most once; {@code
 * triedBefore} says an earlier attempt may have reached the platform, {@code queuedAt} bounds how far
 * back to look.
 */
public record Delivery(long notificationId, Instant queuedAt, boolean triedBefore) {

    /** A one-off message with nothing to deduplicate against (tests, direct sends). */
    public static Delivery untracked(Instant now) {
        return new Delivery(0, now, false);
    }

    static Delivery of(OutboxRow row) {
        return new Delivery(row.id(), row.createdAt(), row.attempts() > 0 || row.lastError() != null);
    }

    /** Short, stable and unique per notification: fits Discord's 25-character nonce. */
    public String key() {
        return "salesbot-" + notificationId;
    }

    public boolean tracked() {
        return notificationId > 0;
    }
}
