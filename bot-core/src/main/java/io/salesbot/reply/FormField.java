package io.salesbot.reply;

import java.util.List;

/**
 * One field of a form: the command option it fills, its label, what kind of input it is, whether
 * it is required, its initial value (as text the parser reads) and, for choices, the options.
 */
public record FormField(
        String option, Message label, Type type, boolean required, String initial, List<Choice> choices) {

    /** The kinds of input a platform offers. */
    public enum Type {
        TEXT,
        LONG_TEXT,
        AMOUNT,
        NUMBER,
        DATE,
        CHOICE
    }

    /** One option of a choice field: the value sent back and the label shown. */
    public record Choice(String value, Object label) {}

    public static FormField text(String option, Message label, boolean required, String initial) {
        return new FormField(option, label, Type.TEXT, required, initial, List.of());
    }
}
