package io.salesbot.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Visibility;
import java.util.List;

/**
 * A reply as Slack shows it: the notification text (Slack's fallback for the blocks), the blocks,
 * the charts and files to upload beside them, and a form to open as a modal (null if none).
 */
public record Rendered(
        String text,
        List<LayoutBlock> blocks,
        List<BotReply.Chart> charts,
        BotReply.Form form,
        Visibility visibility,
        List<BotReply.Attachment> files) {

    /** Whether charts or files go up beside the message. */
    public boolean hasUploads() {
        return !charts.isEmpty() || !files.isEmpty();
    }

    public boolean hasMessage() {
        return !blocks.isEmpty();
    }

    /** Slack's response_type for this reply. */
    public String responseType() {
        return visibility == Visibility.CHANNEL ? "in_channel" : "ephemeral";
    }
}
