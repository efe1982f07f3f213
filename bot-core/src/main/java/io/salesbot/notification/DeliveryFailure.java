package io.salesbot.notification;

import java.time.Duration;

/**
 * A notification did not get through. {@code retryAfter} is the wait the platform asked for (a
 * rate limit), or null to use our backoff; a permanent failure (unknown channel, bot removed) is
 * not retried.
 */
public class DeliveryFailure extends RuntimeException {

    private final Duration retryAfter;
    private final boolean permanent;

    private DeliveryFailure(String reason, Duration retryAfter, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.retryAfter = retryAfter;
        this.permanent = permanent;
    }

    public static DeliveryFailure temporary(String reason, Throwable cause) {
        return new DeliveryFailure(reason, null, false, cause);
    }

    public static DeliveryFailure rateLimited(Duration retryAfter) {
        return new DeliveryFailure(
                "rate limited, retry after " + retryAfter.toSeconds() + "s", retryAfter, false, null);
    }

    public static DeliveryFailure permanent(String reason) {
        return new DeliveryFailure(reason, null, true, null);
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean permanent() {
        return permanent;
    }
}
