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
    private final boolean elsewhere;

    private DeliveryFailure(String reason, Duration retryAfter, boolean permanent, boolean elsewhere, Throwable cause) {
        super(reason, cause);
        this.retryAfter = retryAfter;
        this.permanent = permanent;
        this.elsewhere = elsewhere;
    }

    public static DeliveryFailure temporary(String reason, Throwable cause) {
        return new DeliveryFailure(reason, null, false, false, cause);
    }

    public static DeliveryFailure rateLimited(Duration retryAfter) {
        return new DeliveryFailure(
                "rate limited, retry after " + retryAfter.toSeconds() + "s", retryAfter, false, false, null);
    }

    public static DeliveryFailure permanent(String reason) {
        return new DeliveryFailure(reason, null, true, false, null);
    }

    /**
     * This instance cannot deliver it but another can (a Discord guild on a shard another instance
     * runs): the row goes back at once, using up no attempt, for that instance to claim.
     */
    public static DeliveryFailure elsewhere(String reason) {
        return new DeliveryFailure(reason, null, false, true, null);
    }

    public boolean elsewhere() {
        return elsewhere;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean permanent() {
        return permanent;
    }
}
