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
        if (reply instanceof BotReply.Text text) {
            return localizer.text(text.message(), reader);
        }
        if (reply instanceof BotReply.Error error) {
            return error(error, reader);
        }
        if (reply instanceof BotReply.DealCard card) {
            return cards.render(card, reader);
        }
        if (reply instanceof BotReply.DealList list) {
            return lists.render(list, reader);
        }
        if (reply instanceof BotReply.Table table) {
            return tables.render(table, reader);
        }
        if (reply instanceof BotReply.Chart chart) {
            return charts.render(chart, reader);
        }
        if (reply instanceof BotReply.Form form) {
            return forms.render(form, reader);
        }
        if (reply instanceof BotReply.Attachment attachment) {
            return attachments.render(attachment, reader);
        }
        BotReply.Many many = (BotReply.Many) reply;
        return many.parts().stream().map(part -> render(part, reader)).collect(Collectors.joining("\n\n"));
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
}
