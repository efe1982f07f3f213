package io.salesbot.discord.render;

import io.salesbot.discord.DiscordEnabled;
import io.salesbot.opportunity.DealSummary;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.ChartDrawer;
import io.salesbot.reply.DealListRowFacts;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Overflow;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Renders core replies as Discord messages: deal cards and lists as embeds, tables as a monospace
 * block, charts as PNG attachments shown in an embed. Forms are not messages: see {@link FormModals}.
 */
@Component
@Conditional(DiscordEnabled.class)
public class ReplyRenderer {

    /** The widest a table cell is shown in a code block. */
    private static final int MAX_CELL = 60;

    private final Localizer localizer;
    private final ChartDrawer charts;
    private final ComponentIds ids;
    private final DealCardEmbed cards;

    public ReplyRenderer(Localizer localizer, ChartDrawer charts, ComponentIds ids) {
        this.localizer = localizer;
        this.charts = charts;
        this.ids = ids;
        this.cards = new DealCardEmbed(localizer, ids);
    }

    /**
     * The reply as a message within Discord's limits ({@link MessageBudget}); a deal card's stage
     * menu offers the moves the core put on the card.
     */
    public Rendered render(BotReply reply, ReplyLocale reader) {
        return MessageBudget.fit(reply.accept(new Drawing(reader)), localizer.text(Overflow.restNotShown(), reader));
    }

    private Rendered list(BotReply.DealList list, ReplyLocale reader, boolean ephemeral) {
        List<String> lines = new ArrayList<>();
        for (DealSummary deal : list.deals()) {
            DealListRowFacts row = DealListRowFacts.of(deal);
            String line = "**#" + row.number() + "** " + DiscordMarkup.escape(row.name()) + " · "
                    + localizer.inline(row.facts(), " · ", reader, DiscordMarkup.MARKDOWN);
            lines.add(MessageLimits.cut(line, MessageLimits.MAX_FIELD));
        }
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(MessageLimits.cut(markdown(list.title(), reader), MessageLimits.MAX_TITLE))
                .setDescription(rows(lines, "", MessageLimits.MAX_DESCRIPTION - MessageLimits.NOTICE_ROOM, reader))
                .setFooter(localizer.text(
                        Message.of("discord.list.page", list.page(), list.pageCount(), list.total()), reader));
        List<ActionRow> rows = list.more() == null
                ? List.of()
                : List.of(ActionRow.of(Button.secondary(
                        ids.button(list.more()),
                        MessageLimits.cut(
                                localizer.text(Message.of("discord.list.more"), reader), MessageLimits.MAX_LABEL))));
        return new Rendered(null, List.of(embed.build()), rows, List.of(), ephemeral);
    }

    private Rendered table(BotReply.Table table, ReplyLocale reader, boolean ephemeral) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(table.headers().stream()
                .map(h -> cell(localizer.text(h, reader, DiscordMarkup.CODE_BLOCK)))
                .toList());
        table.rows()
                .forEach(row -> cells.add(row.stream()
                        .map(v -> cell(localizer.format(v, reader, DiscordMarkup.CODE_BLOCK)))
                        .toList()));
        String title = MessageLimits.cut(markdown(table.title(), reader), MessageLimits.MAX_TITLE);
        // Footers are plain text in Discord: people's text shows as typed without escapes.
        String footer = table.footer().isEmpty()
                ? null
                : MessageLimits.cut(
                        String.join(
                                "\n",
                                table.footer().stream()
                                        .map(m -> localizer.text(m, reader))
                                        .toList()),
                        MessageLimits.MAX_FOOTER);
        int room =
                Math.min(MessageLimits.MAX_DESCRIPTION, MessageLimits.MAX_EMBED_TOTAL - title.length() - length(footer))
                        - MessageLimits.NOTICE_ROOM;
        List<String> lines = List.of(MonospaceTable.render(cells).split("\n"));
        // The header is the table's first line; it is always shown.
        EmbedBuilder embed = new EmbedBuilder().setTitle(title).setDescription(rows(lines, "```\n", room, reader));
        if (footer != null) {
            embed.setFooter(footer);
        }
        return new Rendered(null, List.of(embed.build()), List.of(), List.of(), ephemeral);
    }

    /**
     * Lines of a list or table (in a code block when {@code fence} is given), as many as fit in
     * {@code room} characters, and a line saying how many more there are when not all do.
     */
    private String rows(List<String> lines, String fence, int room, ReplyLocale reader) {
        String close = fence.isEmpty() ? "" : "\n```";
        Overflow.Taken taken = Overflow.take(lines, room - fence.length() - close.length(), 1);
        String text = fence + String.join("\n", taken.shown()) + close;
        if (taken.cut()) {
            text += "\n" + localizer.text(Overflow.moreRows(taken.omitted()), reader);
        }
        return text;
    }

    /** A table cell as a code block shows it: long text (a note) cut, since every row pads to the widest. */
    private static String cell(String text) {
        return text == null ? "" : MessageLimits.cut(text.replace('\n', ' '), MAX_CELL);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /** Each chart of a combined reply points at its own attachment name. */
    private static List<Rendered> renumberCharts(List<Rendered> parts) {
        List<Rendered> out = new ArrayList<>();
        int index = 0;
        for (Rendered part : parts) {
            if (part.pngs().isEmpty()) {
                out.add(part);
                continue;
            }
            String name = MessageLimits.chartName(index++);
            var embeds = part.embeds().stream()
                    .map(e ->
                            new EmbedBuilder(e).setImage("attachment://" + name).build())
                    .toList();
            out.add(new Rendered(part.content(), embeds, part.rows(), part.pngs(), part.ephemeral()));
        }
        return out;
    }

    /** Draws each kind of reply as a message; a combined reply merges its parts into one. */
    private final class Drawing implements BotReply.Visitor<Rendered> {

        private final ReplyLocale reader;

        Drawing(ReplyLocale reader) {
            this.reader = reader;
        }

        @Override
        public Rendered text(BotReply.Text text) {
            return content(markdown(text.message(), reader), ephemeral(text));
        }

        @Override
        public Rendered error(BotReply.Error error) {
            StringBuilder out = new StringBuilder("⚠️ ").append(markdown(error.message(), reader));
            error.suggestions().forEach(line -> out.append("\n• ").append(markdown(line, reader)));
            return content(out.toString(), true);
        }

        @Override
        public Rendered dealCard(BotReply.DealCard card) {
            Rendered rendered = cards.render(card, reader);
            return new Rendered(null, rendered.embeds(), rendered.rows(), List.of(), ephemeral(card));
        }

        @Override
        public Rendered dealClosed(BotReply.DealClosed closed) {
            Rendered rendered = cards.render(closed, reader);
            return new Rendered(
                    rendered.content(),
                    rendered.embeds(),
                    rendered.rows(),
                    List.of(),
                    ephemeral(closed),
                    List.of(),
                    rendered.pings());
        }

        @Override
        public Rendered dealList(BotReply.DealList list) {
            return list(list, reader, ephemeral(list));
        }

        @Override
        public Rendered table(BotReply.Table table) {
            return ReplyRenderer.this.table(table, reader, ephemeral(table));
        }

        @Override
        public Rendered chart(BotReply.Chart chart) {
            EmbedBuilder embed = new EmbedBuilder()
                    .setTitle(MessageLimits.cut(markdown(chart.title(), reader), MessageLimits.MAX_TITLE))
                    .setImage("attachment://" + MessageLimits.chartName(0));
            return new Rendered(
                    null, List.of(embed.build()), List.of(), List.of(charts.png(chart, reader)), ephemeral(chart));
        }

        @Override
        public Rendered form(BotReply.Form form) {
            // A form outside an interaction (a notification) cannot open: a button opens it, and
            // the line says what to type instead.
            Button open = Button.primary(
                    ids.button(form.reopening()),
                    MessageLimits.cut(localizer.text(Message.of("action.openForm"), reader), MessageLimits.MAX_LABEL));
            return new Rendered(
                    markdown(form.title(), reader) + ": `" + DiscordMarkup.inCode(form.reopening()) + "`",
                    List.of(),
                    List.of(ActionRow.of(open)),
                    List.of(),
                    true);
        }

        @Override
        public Rendered attachment(BotReply.Attachment file) {
            return new Rendered(
                    markdown(file.caption(), reader),
                    List.of(),
                    List.of(),
                    List.of(),
                    ephemeral(file),
                    List.of(new Rendered.NamedFile(file.fileName(), file.content())));
        }

        /**
         * The words, and the buttons under them, five to a row. A button answers with a new message
         * and leaves the prompt as it is (a reminder stays after its Done or Open).
         */
        @Override
        public Rendered prompt(BotReply.Prompt prompt) {
            List<Button> buttons = new ArrayList<>();
            for (CardAction action : prompt.actions()) {
                String id = ids.showing(action.command());
                String label = MessageLimits.cut(localizer.text(action.label(), reader), MessageLimits.MAX_LABEL);
                buttons.add(
                        action.kind() == CardAction.Kind.DONE
                                ? Button.success(id, label)
                                : Button.secondary(id, label));
            }
            List<ActionRow> rows = new ArrayList<>();
            for (int from = 0; from < buttons.size(); from += MessageLimits.BUTTONS_PER_ROW) {
                rows.add(ActionRow.of(
                        buttons.subList(from, Math.min(buttons.size(), from + MessageLimits.BUTTONS_PER_ROW))));
            }
            return new Rendered(markdown(prompt.message(), reader), List.of(), rows, List.of(), ephemeral(prompt));
        }

        @Override
        public Rendered many(BotReply.Many many) {
            List<Rendered> parts = new ArrayList<>();
            many.parts().forEach(part -> parts.add(part.accept(this)));
            return Rendered.merge(renumberCharts(parts), ephemeral(many));
        }
    }

    private static boolean ephemeral(BotReply reply) {
        return reply.visibility() == Visibility.PRIVATE;
    }

    /** Our words with people's text escaped for Discord markdown (content, embed titles and descriptions). */
    private String markdown(Message message, ReplyLocale reader) {
        return localizer.text(message, reader, DiscordMarkup.MARKDOWN);
    }

    private static Rendered content(String text, boolean ephemeral) {
        // Long text is cut by the MessageBudget, which says so.
        return new Rendered(text, List.of(), List.of(), List.of(), ephemeral);
    }
}
