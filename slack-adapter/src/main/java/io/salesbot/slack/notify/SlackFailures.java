package io.salesbot.slack.notify;

import io.salesbot.notification.DeliveryFailure;
import io.salesbot.slack.SlackCallFailed;
import java.time.Duration;
import java.util.Set;

/**
 * Sorts a failed Slack call for the outbox worker: Slack's 429 with its Retry-After, errors that
 * no retry can mend (channel gone, bot not in it, token revoked), and everything else, timeouts
 * included, as worth another try.
 */
final class SlackFailures {

    private static final Set<String> PERMANENT = Set.of(
            "channel_not_found",
            "not_in_channel",
            "is_archived",
            "user_not_found",
            "user_disabled",
            "cannot_dm_bot",
            "account_inactive",
            "invalid_auth",
            "not_authed",
            "token_revoked",
            "missing_scope",
            "restricted_action",
            "msg_too_long",
            "invalid_blocks");

    private SlackFailures() {}

    static DeliveryFailure of(SlackCallFailed e) {
        if (e.rateLimited()) {
            long seconds = e.retryAfterSeconds() == null ? 1 : Math.max(1, e.retryAfterSeconds());
            return DeliveryFailure.rateLimited(Duration.ofSeconds(seconds));
        }
        if (permanent(e)) {
            return DeliveryFailure.permanent(e.getMessage());
        }
        return DeliveryFailure.temporary(e.getMessage(), e);
    }

    static boolean permanent(SlackCallFailed e) {
        return e.error() != null && PERMANENT.contains(e.error());
    }
}
