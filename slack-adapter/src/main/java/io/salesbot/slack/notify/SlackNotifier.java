package io.salesbot.slack.notify;

import com.slack.api.model.block.LayoutBlock;
import io.salesbot.notification.ChatNotifier;
import io.salesbot.notification.Delivery;
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
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Posts the outbox's notifications: to a channel with {@code chat.postMessage}, to a member in
 * the direct-message channel {@code conversations.open} gives, with charts uploaded beside the
 * message. Each post is marked with the notification's key, and a retry first looks for what an
 * earlier attempt left in the channel ({@link EarlierPosts}), so a message Slack took just before
 * a timeout is not posted twice. Failures are sorted for the outbox worker by {@link SlackFailures}.
 */
@Component
@ConditionalOnSlack
class SlackNotifier implements ChatNotifier {

    private final SlackWeb web;
    private final BlockKit kit;
    private final ChartDrawer charts;
    private final EarlierPosts earlier;

    SlackNotifier(SlackWeb web, BlockKit kit, ChartDrawer charts, EarlierPosts earlier) {
        this.web = web;
        this.kit = kit;
        this.charts = charts;
        this.earlier = earlier;
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
            EarlierPosts.Found there = earlier.in(channel, delivery);
            List<LayoutBlock> blocks = rendered.blocks();
            if (rendered.form() != null) {
                blocks = new java.util.ArrayList<>(blocks);
                blocks.addAll(kit.formButton(rendered.form(), reader));
            }
            if ((rendered.hasMessage() || rendered.form() != null) && !there.message()) {
                web.postMessage(channel, rendered.text(), blocks, NotificationMarks.metadata(delivery));
            }
            List<BotReply.Chart> chartsToShare = rendered.charts();
            for (int i = 0; i < chartsToShare.size(); i++) {
                String file = NotificationMarks.chartFile(delivery, i);
                if (!there.charts().contains(file)) {
                    BotReply.Chart chart = chartsToShare.get(i);
                    web.upload(channel, file, charts.png(chart, reader), kit.text(chart.title(), reader));
                }
            }
        } catch (SlackCallFailed e) {
            throw SlackFailures.of(e);
        }
    }
}
