package io.salesbot.slack.blocks;

import static io.salesbot.slack.blocks.Mrkdwn.escape;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import io.salesbot.opportunity.DealSummary;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.DealListRowFacts;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Overflow;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.slack.ConditionalOnSlack;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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

    /**
     * A rendered message keeps one block and this much text free for what a caller adds below it
     * (the "changed by" line under a replaced card), so the message as sent is within Slack's limits.
     */
    public static final int RESERVED_BLOCKS = 1;

    public static final int RESERVED_TEXT = 200;

    /** Room kept under a list of rows for the line that says how many are not shown. */
    private static final int NOTICE_ROOM = 300;

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
        Parts parts = new Parts(reader, interactive);
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

    /** The message as plain text, for fields Slack does not parse (titles, plain_text, form errors). */
    public String text(Message message, ReplyLocale reader) {
        return localizer.text(message, reader);
    }

    /** The message as mrkdwn: people's text in it shows as typed, never as a mention or a link. */
    public String mrkdwn(Message message, ReplyLocale reader) {
        return escape(words(message, reader));
    }

    private String words(Message message, ReplyLocale reader) {
        return localizer.text(message, reader, Mrkdwn.PEOPLE);
    }

    private void error(BotReply.Error error, ReplyLocale reader, Parts parts) {
        String words = words(error.message(), reader);
        parts.texts.add(words);
        StringBuilder text = new StringBuilder(":warning: ").append(escape(words));
        for (Message suggestion : error.suggestions()) {
            text.append("\n• ").append(escape(words(suggestion, reader)));
        }
        parts.blocks.addAll(Mrkdwn.sections(text.toString()));
    }

    private void list(BotReply.DealList list, ReplyLocale reader, boolean interactive, Parts parts) {
        String title = words(list.title(), reader);
        parts.texts.add(title);
        parts.blocks.add(Mrkdwn.section("*" + escape(title) + "*"));
        List<String> lines =
                list.deals().stream().map(deal -> line(deal, reader)).toList();
        rows(lines, room(parts) - NOTICE_ROOM, reader, parts);
        parts.blocks.add(Mrkdwn.context(escape(
                localizer.text(Message.of("slack.list.page", list.page(), list.pageCount(), list.total()), reader))));
        if (interactive && list.more() != null) {
            parts.blocks.add(ActionsBlock.builder()
                    .elements(List.of(ButtonElement.builder()
                            .actionId(ACTION_PREFIX + "more")
                            .text(Mrkdwn.plain(localizer.text(Message.of("slack.list.more"), reader), 75))
                            .value(list.more())
                            .build()))
                    .build());
        }
    }

    private String line(DealSummary deal, ReplyLocale reader) {
        DealListRowFacts row = DealListRowFacts.of(deal);
        return "*#" + row.number() + "* " + escape(row.name()) + "\n      "
                + escape(localizer.inline(row.facts(), " · ", reader, Mrkdwn.PEOPLE));
    }

    private void table(BotReply.Table table, ReplyLocale reader, Parts parts) {
        String title = words(table.title(), reader);
        parts.texts.add(title);
        parts.blocks.add(Mrkdwn.section("*" + escape(title) + "*"));
        List<String> lines = new ArrayList<>();
        lines.add(table.headers().stream()
                .map(header -> "*" + escape(words(header, reader)) + "*")
                .collect(Collectors.joining(" | ")));
        for (List<Object> row : table.rows()) {
            lines.add(row.stream()
                    .map(cell -> escape(localizer.format(cell, reader, Mrkdwn.PEOPLE)))
                    .collect(Collectors.joining(" | ")));
        }
        List<LayoutBlock> footers = new ArrayList<>();
        for (Message footer : table.footer()) {
            footers.add(Mrkdwn.context(escape(words(footer, reader))));
        }
        rows(lines, room(parts) - SlackLimits.textLength(footers) - NOTICE_ROOM, reader, parts);
        parts.blocks.addAll(footers);
    }

    /**
     * Rows of a list or table as sections, as many as fit in {@code budget} characters, and a line
     * saying how many more there are when not all do.
     */
    private void rows(List<String> lines, int budget, ReplyLocale reader, Parts parts) {
        Overflow.Taken taken = Overflow.take(lines, budget, 1);
        if (!taken.shown().isEmpty()) {
            parts.blocks.addAll(Mrkdwn.sections(String.join("\n", taken.shown()).strip()));
        }
        if (taken.cut()) {
            parts.blocks.add(Mrkdwn.context(escape(localizer.text(Overflow.moreRows(taken.omitted()), reader))));
        }
    }

    /** The characters of block text still free in this message. */
    private static int room(Parts parts) {
        return SlackLimits.MESSAGE_TEXT - RESERVED_TEXT - SlackLimits.textLength(parts.blocks);
    }

    /** What a reply adds to the message, kind by kind; a combined reply adds its parts in order. */
    private final class Parts implements BotReply.Visitor<Void> {
        final ReplyLocale reader;
        final boolean interactive;
        final List<String> texts = new ArrayList<>();
        final List<LayoutBlock> blocks = new ArrayList<>();
        final List<BotReply.Chart> charts = new ArrayList<>();
        final List<BotReply.Attachment> files = new ArrayList<>();
        BotReply.Form form;

        Parts(ReplyLocale reader, boolean interactive) {
            this.reader = reader;
            this.interactive = interactive;
        }

        @Override
        public Void text(BotReply.Text text) {
            String words = words(text.message(), reader);
            texts.add(words);
            blocks.addAll(Mrkdwn.sections(escape(words)));
            return null;
        }

        @Override
        public Void error(BotReply.Error error) {
            BlockKit.this.error(error, reader, this);
            return null;
        }

        @Override
        public Void dealCard(BotReply.DealCard card) {
            texts.add(words(card.headline(), reader));
            blocks.addAll(cards.blocks(card, reader, interactive, room(this)));
            return null;
        }

        @Override
        public Void dealList(BotReply.DealList list) {
            list(list, reader, interactive, this);
            return null;
        }

        @Override
        public Void table(BotReply.Table table) {
            BlockKit.this.table(table, reader, this);
            return null;
        }

        @Override
        public Void chart(BotReply.Chart chart) {
            texts.add(words(chart.title(), reader));
            charts.add(chart);
            return null;
        }

        @Override
        public Void form(BotReply.Form form) {
            this.form = form;
            return null;
        }

        @Override
        public Void attachment(BotReply.Attachment file) {
            String caption = words(file.caption(), reader);
            texts.add(caption);
            blocks.add(Mrkdwn.context(escape(caption)));
            files.add(file);
            return null;
        }

        @Override
        public Void many(BotReply.Many many) {
            many.parts().forEach(part -> part.accept(this));
            return null;
        }
    }
}
