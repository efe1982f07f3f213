package io.salesbot.slack.notify;

import io.salesbot.notification.ChatNotifier;
import io.salesbot.notification.Delivery;
import io.salesbot.notification.DeliveryFailure;
import io.salesbot.notification.DeliveryTarget;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.ChartDrawer;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.SlackCallFailed;
import io.salesbot.slack.SlackWeb;
import io.salesbot.slack.blocks.BlockKit;
import io.salesbot.slack.blocks.Rendered;
import io.salesbot.workspace.Platform;
import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Posts the outbox's notifications: to a channel with {@code chat.postMessage}, to a member in
 * the direct-message channel {@code conversations.open} gives, with charts uploaded beside the
 * message. Failures are sorted for the outbox worker: Slack's 429 with its Retry-After, errors
 * that no retry can mend (channel gone, bot not in it, token revoked), and everything else.
 */
@Component
@ConditionalOnSlack
class SlackNotifier implements ChatNotifier {

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

    private final SlackWeb web;
    private final BlockKit kit;
    private final ChartDrawer charts;

    SlackNotifier(SlackWeb web, BlockKit kit, ChartDrawer charts) {
        this.web = web;
        this.kit = kit;
        this.charts = charts;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public void deliver(
            String workspaceExternalId, DeliveryTarget target, BotReply reply, ReplyLocale reader, Delivery delivery) {
        try {
            String channel = target.kind() == DeliveryTarget.Kind.MEMBER ? web.openDm(target.id()) : target.id();
            Rendered rendered = kit.render(reply, reader, true);
            if (rendered.hasMessage()) {
                web.postMessage(channel, rendered.text(), rendered.blocks());
            }
            for (BotReply.Chart chart : rendered.charts()) {
                web.upload(channel, "chart.png", charts.png(chart, reader), kit.text(chart.title(), reader));
            }
        } catch (SlackCallFailed e) {
            throw failure(e);
        }
    }

    static DeliveryFailure failure(SlackCallFailed e) {
        if (e.rateLimited()) {
            long seconds = e.retryAfterSeconds() == null ? 1 : Math.max(1, e.retryAfterSeconds());
            return DeliveryFailure.rateLimited(Duration.ofSeconds(seconds));
        }
        if (e.error() != null && PERMANENT.contains(e.error())) {
            return DeliveryFailure.permanent(e.getMessage());
        }
        return DeliveryFailure.temporary(e.getMessage(), e);
    }
}
