package io.salesbot.app.console;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders any reply as plain text for a terminal or a script's output, in the reader's language.
 * Charts are also saved as PNG files (the path is printed); forms are described as the command to
 * type, for when nobody is there to fill them in ({@link FormPrompter} asks for them otherwise).
 */
final class ConsoleRenderer {

    /** The width of replies when there is no terminal to measure (a script's output, a log). */
    static final int DEFAULT_WIDTH = 100;

    private final Localizer localizer;
    private final TableText tables;
    private final DealCardText cards;
    private final DealListText lists;
    private final ChartText charts;
    private final AttachmentText attachments;
    private final FormText forms;

    ConsoleRenderer(Localizer localizer, ChartText charts, AttachmentText attachments) {
        this.localizer = localizer;
        this.tables = new TableText(localizer);
        this.cards = new DealCardText(localizer);
        this.lists = new DealListText(localizer);
        this.charts = charts;
        this.attachments = attachments;
        this.forms = new FormText(localizer);
    }

    /** The reply with lines as long as they come (the session and notifications give a width). */
    String render(BotReply reply, ReplyLocale reader) {
        return render(reply, reader, Integer.MAX_VALUE / 2);
    }

    /**
     * The reply in lines no wider than {@code width} terminal columns: tables narrow their text
     * columns, and any other longer line is wrapped with its continuation indented.
     */
    String render(BotReply reply, ReplyLocale reader, int width) {
        return Wrapped.text(reply.accept(new Writing(reader, width)), width);
    }

    private String error(BotReply.Error error, ReplyLocale reader) {
        StringBuilder out = new StringBuilder(text("console.error", reader, localizer.text(error.message(), reader)));
        if (!error.suggestions().isEmpty()) {
            out.append('\n').append(text("console.error.suggestions", reader));
            error.suggestions().forEach(suggestion -> out.append("\n  - ").append(localizer.text(suggestion, reader)));
        }
        return out.toString();
    }

    private String text(String key, ReplyLocale reader, Object... args) {
        return localizer.text(Message.of(key, args), reader);
    }

    /** Writes each kind of reply as text; a combined reply writes its parts one after the other. */
    private final class Writing implements BotReply.Visitor<String> {

        private final ReplyLocale reader;
        private final int width;

        Writing(ReplyLocale reader, int width) {
            this.reader = reader;
            this.width = width;
        }

        @Override
        public String text(BotReply.Text text) {
            return localizer.text(text.message(), reader);
        }

        @Override
        public String error(BotReply.Error error) {
            return ConsoleRenderer.this.error(error, reader);
        }

        @Override
        public String dealCard(BotReply.DealCard card) {
            return cards.render(card, reader);
        }

        @Override
        public String dealClosed(BotReply.DealClosed closed) {
            return cards.render(closed, reader);
        }

        @Override
        public String dealList(BotReply.DealList list) {
            return lists.render(list, reader, width);
        }

        @Override
        public String table(BotReply.Table table) {
            return tables.render(table, reader, width);
        }

        @Override
        public String chart(BotReply.Chart chart) {
            return charts.render(chart, reader);
        }

        @Override
        public String form(BotReply.Form form) {
            return forms.render(form, reader, width);
        }

        @Override
        public String attachment(BotReply.Attachment attachment) {
            return attachments.render(attachment, reader);
        }

        /** A console has no buttons: each is its command, to type, beside what it does. */
        @Override
        public String prompt(BotReply.Prompt prompt) {
            StringBuilder out = new StringBuilder(localizer.text(prompt.message(), reader));
            if (!prompt.actions().isEmpty()) {
                AlignedColumns buttons = new AlignedColumns(List.of());
                prompt.actions()
                        .forEach(action ->
                                buttons.add(List.of(action.command(), localizer.text(action.label(), reader))));
                out.append('\n').append(buttons.render("  "));
            }
            return out.toString();
        }

        @Override
        public String many(BotReply.Many many) {
            List<String> parts = new ArrayList<>();
            BotReply previous = null;
            for (BotReply part : many.parts()) {
                if (part instanceof BotReply.Chart chart
                        && previous instanceof BotReply.Table table
                        && table.title().equals(chart.title())) {
                    // The table above holds the chart's numbers: print them once, then the picture's path.
                    parts.set(
                            parts.size() - 1,
                            parts.get(parts.size() - 1) + "\n" + charts.renderBesideTable(chart, reader));
                } else {
                    parts.add(part.accept(this));
                }
                previous = part;
            }
            return String.join("\n\n", parts);
        }
    }
}
