package io.salesbot.app.console;

import io.salesbot.reply.FormField;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the console words a form field, shared by the form description and the prompts. */
final class FormWords {

    private final Localizer localizer;

    FormWords(Localizer localizer) {
        this.localizer = localizer;
    }

    /** {@code Name *} for a required field, {@code Amount} otherwise. */
    String label(FormField field, ReplyLocale reader) {
        return localizer.text(field.label(), reader) + (field.required() ? " *" : "");
    }

    /**
     * {@code Wait (wait), In progress (inprogress)}, numbered {@code 1) Wait (wait)} for prompts
     * where a number picks one; null for a field that is not a choice.
     */
    String choices(FormField field, ReplyLocale reader, boolean numbered) {
        if (field.type() != FormField.Type.CHOICE || field.choices().isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.choices().size(); i++) {
            FormField.Choice choice = field.choices().get(i);
            String label = localizer.format(choice.label(), reader);
            out.append(i == 0 ? "" : ", ");
            if (numbered) {
                out.append(i + 1).append(") ");
            }
            out.append(label);
            if (!label.equalsIgnoreCase(choice.value())) {
                out.append(" (").append(choice.value()).append(')');
            }
        }
        return out.toString();
    }

    /** An example of what to write for amounts, dates and numbers; null for the others. */
    String hint(FormField field, ReplyLocale reader) {
        return switch (field.type()) {
            case AMOUNT, DATE, NUMBER ->
                localizer.text(
                        Message.of("console.form.hint." + field.type().name().toLowerCase(Locale.ROOT)), reader);
            default -> null;
        };
    }

    /** The initial value as the reader knows it: a choice's label rather than its value. */
    String initial(FormField field, ReplyLocale reader) {
        if (field.initial() == null || field.initial().isBlank()) {
            return null;
        }
        return field.choices().stream()
                .filter(choice -> choice.value().equals(field.initial()))
                .map(choice -> localizer.format(choice.label(), reader))
                .findFirst()
                .orElse(field.initial());
    }

    /** {@code key:value}, the value quoted when it holds spaces, as the command language reads it. */
    static String option(String key, String value) {
        boolean quote = value.isEmpty() || value.chars().anyMatch(Character::isWhitespace);
        return key + ":" + (quote ? '"' + value.replace("\"", "'") + '"' : value);
    }

    static String slashed(String command) {
        String trimmed = command.strip();
        return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }

    static String joined(java.util.Map<String, String> options) {
        return options.entrySet().stream()
                .map(option -> option(option.getKey(), option.getValue()))
                .collect(Collectors.joining(" "));
    }
}
