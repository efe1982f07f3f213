package io.salesbot.slack.blocks;

import static io.salesbot.slack.blocks.Mrkdwn.escape;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.salesbot.opportunity.DealSummary;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.DealListRowFacts;
import io.salesbot.reply.Fact;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Overflow;
import io.salesbot.reply.ReplyLocale;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a reply adds to a Slack message, kind by kind: blocks, the top-level text, and the charts,
 * files and form that come beside the blocks. A combined reply adds its parts in order, each within
 * the room the ones before it left.
 */
final class MessageParts implements BotReply.Visitor<Void> {

    /** Room kept under a list of rows for the line that says how many are not shown. */
    private static final int NOTICE_ROOM = 300;

    private final Localizer localizer;
    private final DealCardBlocks cards;
    private final ReplyLocale reader;
    private final boolean interactive;
    private final boolean home;
    final List<String> texts = new ArrayList<>();
    final List<LayoutBlock> blocks = new ArrayList<>();
    final List<BotReply.Chart> charts = new ArrayList<>();
    final List<BotReply.Attachment> files = new ArrayList<>();
    BotReply.Form form;

    MessageParts(Localizer localizer, DealCardBlocks cards, ReplyLocale reader, boolean interactive) {
        this(localizer, cards, reader, interactive, false);
    }

    /**
     * {@code home} draws for the App Home tab, where there is room: each deal of a list is a section
     * of its own with a button that opens it, and a table's rows are fields, not a line of cells.
     */
    MessageParts(Localizer localizer, DealCardBlocks cards, ReplyLocale reader, boolean interactive, boolean home) {
        this.localizer = localizer;
        this.cards = cards;
        this.reader = reader;
        this.interactive = interactive;
        this.home = home;
    }

    @Override
    public Void text(BotReply.Text text) {
        String words = words(text.message());
        texts.add(words);
        blocks.addAll(Mrkdwn.sections(escape(words)));
        return null;
    }

    @Override
    public Void error(BotReply.Error error) {
        String words = words(error.message());
        texts.add(words);
        StringBuilder text = new StringBuilder(":warning: ").append(escape(words));
        for (Message suggestion : error.suggestions()) {
            text.append("\n• ").append(escape(words(suggestion)));
        }
        blocks.addAll(Mrkdwn.sections(text.toString()));
        return null;
    }

    @Override
    public Void dealCard(BotReply.DealCard card) {
        texts.add(words(card.headline()));
        blocks.addAll(cards.blocks(card, reader, interactive, room()));
        return null;
    }

    @Override
    public Void dealClosed(BotReply.DealClosed closed) {
        texts.add(words(closed.headline()));
        blocks.addAll(cards.blocks(closed, reader, interactive));
        return null;
    }

    @Override
    public Void dealList(BotReply.DealList list) {
        String title = words(list.title());
        texts.add(title);
        blocks.add(Mrkdwn.section("*" + escape(title) + "*"));
        if (home) {
            list.deals().forEach(deal -> blocks.add(homeRow(deal)));
            if (list.total() > list.deals().size()) {
                blocks.add(Mrkdwn.context(escape(localizer.text(
                        Message.of("slack.list.page", list.page(), list.pageCount(), list.total()), reader))));
            }
            if (list.more() != null) {
                blocks.add(ActionsBlock.builder()
                        .elements(List.of(button("more", Message.of("slack.list.more"), list.more())))
                        .build());
            }
            return null;
        }
        List<String> lines = list.deals().stream().map(this::line).toList();
        rows(lines, room() - NOTICE_ROOM);
        blocks.add(Mrkdwn.context(escape(
                localizer.text(Message.of("slack.list.page", list.page(), list.pageCount(), list.total()), reader))));
        if (interactive && list.more() != null) {
            blocks.add(ActionsBlock.builder()
                    .elements(List.of(ButtonElement.builder()
                            .actionId(BlockKit.ACTION_PREFIX + "more")
                            .text(Mrkdwn.plain(localizer.text(Message.of("slack.list.more"), reader), 75))
                            .value(list.more())
                            .build()))
                    .build());
        }
        return null;
    }

    @Override
    public Void table(BotReply.Table table) {
        String title = words(table.title());
        texts.add(title);
        blocks.add(Mrkdwn.section("*" + escape(title) + "*"));
        if (home) {
            homeTable(table);
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add(table.headers().stream()
                .map(header -> "*" + escape(words(header)) + "*")
                .collect(Collectors.joining(" | ")));
        for (List<Object> row : table.rows()) {
            lines.add(row.stream()
                    .map(cell -> escape(localizer.format(cell, reader, Mrkdwn.PEOPLE)))
                    .collect(Collectors.joining(" | ")));
        }
        List<LayoutBlock> footers = new ArrayList<>();
        for (Message footer : table.footer()) {
            footers.add(Mrkdwn.context(escape(words(footer))));
        }
        rows(lines, room() - SlackLimits.textLength(footers) - NOTICE_ROOM);
        blocks.addAll(footers);
        return null;
    }

    @Override
    public Void chart(BotReply.Chart chart) {
        texts.add(words(chart.title()));
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
        String caption = words(file.caption());
        texts.add(caption);
        blocks.add(Mrkdwn.context(escape(caption)));
        files.add(file);
        return null;
    }

    /**
     * The words, and the buttons under them. Each button's action id is unique in its block, as
     * Slack requires ({@link BlockKit#PROMPT_ACTION} and its place); its value is its command.
     */
    @Override
    public Void prompt(BotReply.Prompt prompt) {
        String words = words(prompt.message());
        texts.add(words);
        blocks.addAll(Mrkdwn.sections(escape(words)));
        if (interactive && !prompt.actions().isEmpty()) {
            List<BlockElement> buttons = new ArrayList<>();
            for (int i = 0; i < prompt.actions().size() && i < SlackLimits.ACTION_ELEMENTS; i++) {
                CardAction action = prompt.actions().get(i);
                ButtonElement.ButtonElementBuilder button = ButtonElement.builder()
                        .actionId(BlockKit.PROMPT_ACTION + i)
                        .text(Mrkdwn.plain(localizer.text(action.label(), reader), SlackLimits.BUTTON_TEXT))
                        .value(Mrkdwn.cut(action.command(), SlackLimits.BUTTON_VALUE));
                if (action.kind() == CardAction.Kind.DONE) {
                    button.style("primary");
                }
                buttons.add(button.build());
            }
            blocks.add(ActionsBlock.builder().elements(buttons).build());
        }
        return null;
    }

    @Override
    public Void many(BotReply.Many many) {
        many.parts().forEach(part -> part.accept(this));
        return null;
    }

    /** A deal of a list on the App Home: number, name and facts, and a button that opens its card. */
    private LayoutBlock homeRow(DealSummary deal) {
        DealListRowFacts row = DealListRowFacts.of(deal);
        // Every deal of a Home list is the reader's own: their name on each row says nothing.
        List<Fact> facts =
                row.facts().stream().filter(fact -> !fact.label().equals(OWNER)).toList();
        String text = "*#" + row.number() + "* " + escape(row.name()) + "\n"
                + escape(localizer.inline(facts, " · ", reader, Mrkdwn.PEOPLE));
        SectionBlock.SectionBlockBuilder section =
                SectionBlock.builder().text(Mrkdwn.markdown(Mrkdwn.cut(text, Mrkdwn.SECTION_LIMIT)));
        if (interactive) {
            section.accessory(button("open", Message.of("action.open"), "/opp show #" + row.number()));
        }
        return section.build();
    }

    /** A table on the App Home: a field per row, its first cell in bold and the others labelled. */
    private void homeTable(BotReply.Table table) {
        List<TextObject> fields = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            StringBuilder field = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = escape(localizer.format(row.get(i), reader, Mrkdwn.PEOPLE));
                if (i == 0) {
                    field.append('*').append(cell).append('*');
                } else {
                    String header = i < table.headers().size()
                            ? escape(words(table.headers().get(i)))
                            : "";
                    field.append(i == 1 ? "\n" : " · ")
                            .append(header)
                            .append(' ')
                            .append(cell);
                }
            }
            fields.add(Mrkdwn.markdown(Mrkdwn.cut(field.toString(), 1900)));
        }
        for (int from = 0; from < fields.size(); from += SlackLimits.FIELDS) {
            blocks.add(SectionBlock.builder()
                    .fields(fields.subList(from, Math.min(fields.size(), from + SlackLimits.FIELDS)))
                    .build());
        }
        for (Message footer : table.footer()) {
            blocks.add(Mrkdwn.context(escape(words(footer))));
        }
    }

    private ButtonElement button(String action, Message label, String command) {
        return ButtonElement.builder()
                .actionId(BlockKit.ACTION_PREFIX + action)
                .text(Mrkdwn.plain(localizer.text(label, reader), 75))
                .value(Mrkdwn.cut(command, 2000))
                .build();
    }

    private static final Message OWNER = Message.of("card.owner");

    private String words(Message message) {
        return localizer.text(message, reader, Mrkdwn.PEOPLE);
    }

    private String line(DealSummary deal) {
        DealListRowFacts row = DealListRowFacts.of(deal);
        return "*#" + row.number() + "* " + escape(row.name()) + "\n      "
                + escape(localizer.inline(row.facts(), " · ", reader, Mrkdwn.PEOPLE));
    }

    /**
     * Rows of a list or table as sections, as many as fit in {@code budget} characters, and a line
     * saying how many more there are when not all do.
     */
    private void rows(List<String> lines, int budget) {
        Overflow.Taken taken = Overflow.take(lines, budget, 1);
        if (!taken.shown().isEmpty()) {
            blocks.addAll(Mrkdwn.sections(String.join("\n", taken.shown()).strip()));
        }
        if (taken.cut()) {
            blocks.add(Mrkdwn.context(escape(localizer.text(Overflow.moreRows(taken.omitted()), reader))));
        }
    }

    /** The characters of block text still free in this message. */
    private int room() {
        return SlackLimits.MESSAGE_TEXT - BlockKit.RESERVED_TEXT - SlackLimits.textLength(blocks);
    }
}
