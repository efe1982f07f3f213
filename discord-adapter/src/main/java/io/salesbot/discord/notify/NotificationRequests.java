package io.salesbot.discord.notify;

import io.salesbot.discord.DiscordEnabled;
import io.salesbot.discord.DiscordSettings;
import io.salesbot.discord.RateLimits;
import io.salesbot.notification.DeliveryFailure;
import io.salesbot.notification.DeliveryTarget;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Runs a notification's Discord request through JDA (which waits out rate limits and retries
 * timeouts and gateway errors by itself) for at most {@code notification-timeout}, and says how it
 * ended in the outbox's terms. A request still waiting in JDA when time is up is cancelled, so JDA
 * cannot send it later behind the outbox's back; one already on the wire may still land, which is
 * why messages carry the notification's nonce.
 */
@Component
@Conditional(DiscordEnabled.class)
class NotificationRequests {

    private final Duration timeout;
    private final RateLimits rateLimits;

    NotificationRequests(DiscordSettings settings, RateLimits rateLimits) {
        this.timeout = settings.notificationTimeout();
        this.rateLimits = rateLimits;
    }

    /** The request's result; {@code route} (e.g. {@code channels/1/messages}) names it for rate limits. */
    <T> T await(RestAction<T> request, String route, DeliveryTarget target) {
        CompletableFuture<T> answer = request.submit();
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            answer.cancel(false);
            Thread.currentThread().interrupt();
            throw DeliveryFailure.temporary("interrupted", e);
        } catch (TimeoutException e) {
            answer.cancel(false);
            // Still held back by a 429: Discord said when to come back, and that wait is no failure of ours.
            throw rateLimits
                    .retryAfter(route)
                    .map(DeliveryFailure::rateLimited)
                    .orElseGet(() -> DeliveryFailure.temporary(
                            "Discord did not answer within " + timeout.toMillis() + " ms", e));
        } catch (ExecutionException e) {
            throw translate(e.getCause(), target);
        }
    }

    static DeliveryFailure missing(InsufficientPermissionException missing, DeliveryTarget target) {
        return DeliveryFailure.permanent("missing permission " + missing.getPermission() + " for " + target);
    }

    private static DeliveryFailure translate(Throwable cause, DeliveryTarget target) {
        if (cause instanceof InsufficientPermissionException missing) {
            return missing(missing, target);
        }
        if (cause instanceof RateLimitedException limited) {
            return DeliveryFailure.rateLimited(Duration.ofMillis(limited.getRetryAfter()));
        }
        if (cause instanceof ErrorResponseException error) {
            String reason = "Discord " + error.getErrorCode() + " " + error.getMeaning() + " for " + target;
            return refusedForGood(error.getErrorResponse())
                    ? DeliveryFailure.permanent(reason)
                    : DeliveryFailure.temporary(reason, error);
        }
        return DeliveryFailure.temporary("Discord delivery failed: " + cause, cause);
    }

    // Gone or forbidden: no retry can help. Everything else (5xx, timeouts) may pass.
    private static boolean refusedForGood(ErrorResponse response) {
        return switch (response) {
            case UNKNOWN_CHANNEL,
                    UNKNOWN_USER,
                    UNKNOWN_GUILD,
                    MISSING_ACCESS,
                    MISSING_PERMISSIONS,
                    CANNOT_SEND_TO_USER -> true;
            default -> false;
        };
    }
}
