package io.salesbot.app.console;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.FormField;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fills in a form at a terminal, one field at a time: Enter skips an optional field or keeps the
 * value shown in brackets, a choice is picked by number, value or label, Ctrl-D or Ctrl-C cancels.
 */
final class FormPrompter {

    private final Localizer localizer;
    private final FormWords words;
    private final ConsoleIO io;
    private final FieldCheck check;

    FormPrompter(Localizer localizer, ConsoleIO io, FieldCheck check) {
        this.localizer = localizer;
        this.words = new FormWords(localizer);
        this.io = io;
        this.check = check;
    }

    /** What is wrong with a field's value, checked as soon as it is typed. */
    @FunctionalInterface
    interface FieldCheck {

        /** The problem as text to show, or null when the value is fine. */
        String problem(String command, FormField field, String value);
    }

    /** The answers by option (skipped fields left out), or null when the person cancelled. */
    Map<String, String> fill(BotReply.Form form, ReplyLocale reader) {
        out().println(localizer.text(form.title(), reader));
        out().println(text("console.form.intro", reader));
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            String value = ask(form.command(), field, reader);
            if (value == null) {
                return null;
            }
            if (!value.isEmpty()) {
                values.put(field.option(), value);
            }
        }
        return values;
    }

    /**
     * One field's answer: the value, "" when skipped, null when cancelled. A value that does not
     * read is refused at once, with the reason, and the field asked again.
     */
    String ask(String command, FormField field, ReplyLocale reader) {
        String choices = words.choices(field, reader, true);
        String hint = words.hint(field, reader);
        String initial = words.initial(field, reader);
        String prompt = words.label(field, reader) + (initial == null ? "" : " [" + initial + "]") + ": ";
        while (true) {
            if (choices != null) {
                out().println("  " + choices);
            }
            if (hint != null) {
                out().println("  " + hint);
            }
            String line;
            try {
                line = io.readLine(prompt, false);
            } catch (ConsoleIO.Interrupted ctrlC) {
                return null;
            }
            if (line == null) {
                return null;
            }
            String answer = line.strip();
            if (answer.isEmpty()) {
                if (initial != null) {
                    return field.initial();
                }
                if (!field.required()) {
                    return "";
                }
                out().println(text("console.form.required", reader));
                continue;
            }
            String value = choices == null ? answer : pick(field, answer, reader);
            if (value == null) {
                out().println(text("console.form.badChoice", reader));
                continue;
            }
            String problem = check.problem(command, field, value);
            if (problem == null) {
                return value;
            }
            out().println(problem);
        }
    }

    /** The choice's value for a number, a value or a label typed; null if none matches. */
    private String pick(FormField field, String typed, ReplyLocale reader) {
        if (typed.chars().allMatch(Character::isDigit) && typed.length() < 4) {
            int index = Integer.parseInt(typed) - 1;
            return index >= 0 && index < field.choices().size()
                    ? field.choices().get(index).value()
                    : null;
        }
        String wanted = typed.toLowerCase(Locale.ROOT);
        return field.choices().stream()
                .filter(choice -> choice.value().toLowerCase(Locale.ROOT).equals(wanted)
                        || localizer
                                .format(choice.label(), reader)
                                .toLowerCase(Locale.ROOT)
                                .equals(wanted))
                .map(FormField.Choice::value)
                .findFirst()
                .orElse(null);
    }

    private PrintWriter out() {
        return io.out();
    }

    private String text(String key, ReplyLocale reader) {
        return localizer.text(Message.of(key), reader);
    }
}
