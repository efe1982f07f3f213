package io.salesbot.slack.blocks;

import static io.salesbot.slack.blocks.Mrkdwn.escape;

import com.slack.api.model.block.LayoutBlock;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Overflow;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.slack.ConditionalOnSlack;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Draws a core reply as Block Kit in the reader's language. Charts and forms cannot be blocks of a
 * message, so they come back beside the blocks for the caller to upload or open as a modal.
 */
@Component
@ConditionalOnSlack
public class BlockKit {

    /** Buttons carry this prefix in their action id, so one handler takes them all. */
    public static final String ACTION_PREFIX = "salesbot_";
    /** A prompt's button (a reminder's Done, Snooze, Open): it answers and leaves the prompt as it is. */
    public static final String PROMPT_ACTION = ACTION_PREFIX + "prompt_";

    /**
     * A rendered message keeps one block and this much text free for what a caller adds below it
     * (the "changed by" line under a replaced card), so the message as sent is within Slack's limits.
     */
    public static final int RESERVED_BLOCKS = 1;

    public static final int RESERVED_TEXT = 200;

    private final Localizer localizer;
    private final DealCardBlocks cards;

    BlockKit(Localizer localizer) {
        this.localizer = localizer;
        this.cards = new DealCardBlocks(localizer);
    }

    public Rendered render(BotReply reply, ReplyLocale reader) {
        return render(reply, reader, true);
    }

    /** {@code interactive} false leaves out buttons, e.g. on the App Home tab. */
    public Rendered render(BotReply reply, ReplyLocale reader, boolean interactive) {
        MessageParts parts = new MessageParts(localizer, cards, reader, interactive);
        reply.accept(parts);
        // The top-level text is what notifications and screen readers show: Slack parses it like mrkdwn.
        String text = parts.texts.isEmpty()
                ? " "
                : escape(Mrkdwn.cut(String.join("\n", parts.texts), SlackLimits.FALLBACK_TEXT));
        List<LayoutBlock> blocks = SlackLimits.fit(
                parts.blocks,
                SlackLimits.MESSAGE_BLOCKS - RESERVED_BLOCKS,
                SlackLimits.MESSAGE_TEXT - RESERVED_TEXT,
                escape(localizer.text(Overflow.restNotShown(), reader)));
        return new Rendered(text, blocks, parts.charts, parts.form, reply.visibility(), parts.files);
    }

    /**
     * The reply drawn for the App Home tab (see {@link MessageParts}), within a view's blocks less
     * {@code reserved} for what the caller puts around it.
     */
    public List<LayoutBlock> home(BotReply reply, ReplyLocale reader, int reserved) {
        MessageParts parts = new MessageParts(localizer, cards, reader, true, true);
        reply.accept(parts);
        return SlackLimits.fit(
                parts.blocks,
                SlackLimits.VIEW_BLOCKS - reserved,
                Integer.MAX_VALUE,
                escape(localizer.text(Overflow.restNotShown(), reader)));
    }

    /**
     * A form that cannot open at once (in a notification there is no click to open a modal from):
     * its title and a button that runs the command opening it, so the press opens it.
     */
    public List<LayoutBlock> formButton(BotReply.Form form, ReplyLocale reader) {
        return List.of(
                com.slack.api.model.block.SectionBlock.builder()
                        .text(Mrkdwn.markdown(localizer.text(form.title(), reader, Mrkdwn.PEOPLE)))
                        .build(),
                com.slack.api.model.block.ActionsBlock.builder()
                        .elements(List.of(com.slack.api.model.block.element.ButtonElement.builder()
                                .actionId(ACTION_PREFIX + "form")
                                .style("primary")
                                .text(Mrkdwn.plain(localizer.text(Message.of("action.openForm"), reader), 75))
                                .value(Mrkdwn.cut(form.reopening(), 2000))
                                .build()))
                        .build());
    }

    /** The message as plain text, for fields Slack does not parse (titles, plain_text, form errors). */
    public String text(Message message, ReplyLocale reader) {
        return localizer.text(message, reader);
    }

    /** The message as mrkdwn: people's text in it shows as typed, never as a mention or a link. */
    public String mrkdwn(Message message, ReplyLocale reader) {
        return escape(localizer.text(message, reader, Mrkdwn.PEOPLE));
    }
}
