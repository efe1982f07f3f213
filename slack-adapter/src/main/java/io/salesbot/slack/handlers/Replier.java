package io.salesbot.slack.handlers;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.LayoutBlock;
import io.salesbot.command.Answer;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.ChartDrawer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.SlackCallFailed;
import io.salesbot.slack.SlackWeb;
import io.salesbot.slack.blocks.BlockKit;
import io.salesbot.slack.blocks.FormMetadata;
import io.salesbot.slack.blocks.ModalViews;
import io.salesbot.slack.blocks.Mrkdwn;
import io.salesbot.slack.blocks.Rendered;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Shows an answer to the person who asked, whatever they did to ask: a form opens as a modal
 * (with the trigger id, which lives 3 seconds), messages go back through the response_url (the
 * only way to reach an ephemeral message later), and charts are uploaded to the channel.
 */
@Component
@ConditionalOnSlack
class Replier {

    private static final Logger log = LoggerFactory.getLogger(Replier.class);

    private final SlackWeb web;
    private final BlockKit kit;
    private final ModalViews modals;
    private final ChartDrawer charts;

    Replier(SlackWeb web, BlockKit kit, ModalViews modals, ChartDrawer charts) {
        this.web = web;
        this.kit = kit;
        this.modals = modals;
        this.charts = charts;
    }

    /**
     * Opens the form of an answer as a modal. When Slack refuses (an expired trigger, say) the person
     * is told through the response_url to type the command instead, and the result is false.
     */
    boolean openForm(Answer answer, BotReply.Form form, Conversation from, boolean replaceOnSubmit) {
        if (tryOpenForm(answer, form, from, replaceOnSubmit)) {
            return true;
        }
        if (from.responseUrl() != null) {
            respond(formNotOpened(answer, form), from.responseUrl(), false, List.of());
        }
        return false;
    }

    /** What to say when Slack would not open a form: type the command instead. */
    Rendered formNotOpened(Answer answer, BotReply.Form form) {
        return kit.render(BotReply.Error.of(Message.of("slack.form.notOpened", form.command())), answer.reader());
    }

    private boolean tryOpenForm(Answer answer, BotReply.Form form, Conversation from, boolean replaceOnSubmit) {
        FormMetadata metadata =
                new FormMetadata(form.command(), form.fixed(), from.channelId(), from.responseUrl(), replaceOnSubmit);
        try {
            web.openView(from.triggerId(), modals.modal(form, metadata, answer.reader()));
            return true;
        } catch (SlackCallFailed e) {
            log.warn("Could not open a form: {}", e.getMessage());
            return false;
        }
    }

    /**
     * Sends the message part through the response_url, replacing the original if asked. Without a
     * response_url (a modal opened from elsewhere) it is posted: to the channel when meant for it,
     * else as an ephemeral message there, else as a direct message.
     */
    void respond(Rendered rendered, Conversation to, boolean replaceOriginal, List<LayoutBlock> extra) {
        if (rendered.hasMessage() && to.responseUrl() == null) {
            post(rendered, to);
            return;
        }
        respond(rendered, to.responseUrl(), replaceOriginal, extra);
    }

    private void post(Rendered rendered, Conversation to) {
        if (to.channelId() != null && "in_channel".equals(rendered.responseType())) {
            web.postMessage(to.channelId(), rendered.text(), rendered.blocks());
        } else if (to.channelId() != null) {
            web.postEphemeral(to.channelId(), to.userId(), rendered.text(), rendered.blocks());
        } else {
            web.postMessage(web.openDm(to.userId()), rendered.text(), rendered.blocks());
        }
    }

    private void respond(Rendered rendered, String responseUrl, boolean replaceOriginal, List<LayoutBlock> extra) {
        if (!rendered.hasMessage() || responseUrl == null) {
            return;
        }
        List<LayoutBlock> blocks = new ArrayList<>(rendered.blocks());
        blocks.addAll(extra);
        ActionResponse response = ActionResponse.builder()
                .responseType(replaceOriginal ? null : rendered.responseType())
                .replaceOriginal(replaceOriginal)
                .text(rendered.text())
                .blocks(blocks)
                .build();
        web.respond(responseUrl, response);
    }

    /**
     * Everything of an answer that comes after the ack. With {@code mayReplace} (a button or a
     * form opened from one) a new card or page takes the old message's place and says who acted.
     */
    void after(Answer answer, Conversation from, boolean mayReplace) {
        Rendered rendered = kit.render(answer.reply(), answer.reader());
        if (rendered.form() != null && from.triggerId() != null) {
            openForm(answer, rendered.form(), from, false);
        }
        boolean replace = mayReplace && BotReply.replacesMessage(answer.reply());
        List<LayoutBlock> byline = replace && answer.reply() instanceof BotReply.DealCard
                ? List.of(Mrkdwn.context(kit.text(Message.of("slack.card.changedBy", from.userId()), answer.reader())))
                : List.of();
        respond(rendered, from, replace, byline);
        uploadFiles(answer, rendered, from);
    }

    /**
     * Uploads the reply's charts where it was asked (a private reply's to the asker's direct
     * messages), and its files (exports: private data) to the asker's direct messages only.
     */
    void uploadFiles(Answer answer, Rendered rendered, Conversation from) {
        for (BotReply.Attachment file : rendered.files()) {
            try {
                web.upload(
                        web.openDm(from.userId()),
                        file.fileName(),
                        file.content(),
                        kit.text(file.caption(), answer.reader()));
            } catch (SlackCallFailed e) {
                log.warn("Could not send a file: {}", e.getMessage());
            }
        }
        for (BotReply.Chart chart : rendered.charts()) {
            String title = kit.text(chart.title(), answer.reader());
            try {
                // A private reply's chart goes to the asker's direct messages: a channel would show it to all.
                String channel = from.channelId() != null && rendered.visibility() != Visibility.PRIVATE
                        ? from.channelId()
                        : web.openDm(from.userId());
                web.upload(channel, "chart.png", charts.png(chart, answer.reader()), title);
            } catch (SlackCallFailed e) {
                log.warn("Could not upload a chart: {}", e.getMessage());
                if (from.responseUrl() == null) {
                    return;
                }
                String why = kit.mrkdwn(Message.of("slack.chart.notInChannel"), answer.reader());
                web.respond(
                        from.responseUrl(),
                        ActionResponse.builder()
                                .responseType("ephemeral")
                                .replaceOriginal(false)
                                .text(why)
                                .build());
                return;
            }
        }
    }
}
