package io.salesbot.app.console;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.util.stream.Collectors;

/**
 * Renders any reply as plain text for a terminal or a script's output, in the reader's language.
 * Charts are also saved as PNG files (the path is printed); forms are described as the command to
 * type, for when nobody is there to fill them in ({@link FormPrompter} asks for them otherwise).
 */
final class ConsoleRenderer {

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

    String render(BotReply reply, ReplyLocale reader) {
        return reply.accept(new Writing(reader));
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

        Writing(ReplyLocale reader) {
            this.reader = reader;
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
            return lists.render(list, reader);
        }

        @Override
        public String table(BotReply.Table table) {
            return tables.render(table, reader);
        }

        @Override
        public String chart(BotReply.Chart chart) {
            return charts.render(chart, reader);
        }

        @Override
        public String form(BotReply.Form form) {
            return forms.render(form, reader);
        }

        @Override
        public String attachment(BotReply.Attachment attachment) {
            return attachments.render(attachment, reader);
        }

        @Override
        public String many(BotReply.Many many) {
            return many.parts().stream().map(part -> part.accept(this)).collect(Collectors.joining("\n\n"));
        }
    }
}
