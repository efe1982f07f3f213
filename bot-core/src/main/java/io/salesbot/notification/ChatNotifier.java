package io.salesbot.notification;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import java.time.Instant;

/**
 * The port through which notifications leave: one implementation per platform (Slack, Discord,
 * the console). {@link #deliver} returns when the platform has taken the message, or throws a
 * {@link DeliveryFailure} saying whether and when to try again.
 */
public interface ChatNotifier {

    Platform platform();

    /**
     * Sends the reply to a channel or member of the workspace known to the platform by {@code
     * workspaceExternalId} (Slack team, Discord guild). Called again for the same {@code delivery}
     * after a failure, it should not post a second copy of a message the platform did take.
     */
    void deliver(
            String workspaceExternalId, DeliveryTarget target, BotReply reply, ReplyLocale reader, Delivery delivery);

    /** A one-off send with nothing to deduplicate against. */
    default void deliver(String workspaceExternalId, DeliveryTarget target, BotReply reply, ReplyLocale reader) {
        deliver(workspaceExternalId, target, reply, reader, Delivery.untracked(Instant.now()));
    }
}
