package io.salesbot.opportunity;

import java.util.Locale;

/** What kind of thing happened with a deal. */
public enum ActivityKind {
    CALL,
    MEETING,
    EMAIL,
    NOTE,
    /** A chat message logged to the deal ("Log to deal"), with its author and a link to it. */
    MESSAGE;

    /** The word people type for it ({@code type:call}). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActivityKind of(String word) {
        return word == null ? NOTE : valueOf(word.toUpperCase(Locale.ROOT));
    }
}
