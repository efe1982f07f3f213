package io.salesbot.app.console;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.FormField;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.util.ArrayList;
import java.util.List;

/**
 * A form where nobody can fill one in (a piped script): what the command needs and how to type it
 * as one line with {@code key:value} options instead.
 */
final class FormText {

    private final Localizer localizer;
    private final FormWords words;

    FormText(Localizer localizer) {
        this.localizer = localizer;
        this.words = new FormWords(localizer);
    }

    String render(BotReply.Form form, ReplyLocale reader, int width) {
        StringBuilder out = new StringBuilder(localizer.text(form.title(), reader));
        out.append('\n').append(text("console.form.typeIt", reader));
        out.append("\n  ").append(example(form));
        out.append('\n').append(text("console.form.options", reader));
        AlignedColumns options = new AlignedColumns(List.of());
        for (FormField field : form.fields()) {
            options.add(List.of(field.option() + ":", describe(field, reader)));
        }
        return out.append('\n').append(options.render("  ", width)).toString();
    }

    /** The command, its fixed options, and every required field with its initial value or a placeholder. */
    private static String example(BotReply.Form form) {
        List<String> parts = new ArrayList<>();
        parts.add(FormWords.slashed(form.command()));
        if (form.fixed() != null && !form.fixed().isEmpty()) {
            parts.add(FormWords.joined(form.fixed()));
        }
        for (FormField field : form.fields()) {
            if (field.required()) {
                boolean known = field.initial() != null && !field.initial().isBlank();
                parts.add(FormWords.option(field.option(), known ? field.initial() : "…"));
            }
        }
        return String.join(" ", parts);
    }

    private String describe(FormField field, ReplyLocale reader) {
        List<String> parts = new ArrayList<>();
        parts.add(words.label(field, reader));
        String initial = words.initial(field, reader);
        if (initial != null) {
            parts.add("[" + initial + "]");
        }
        String choices = words.choices(field, reader, false);
        if (choices != null) {
            parts.add("— " + choices);
        }
        String hint = words.hint(field, reader);
        if (hint != null) {
            parts.add("— " + hint);
        }
        return String.join(" ", parts);
    }

    private String text(String key, ReplyLocale reader) {
        return localizer.text(Message.of(key), reader);
    }
}
