package io.salesbot.campaign;

import io.salesbot.common.TextRules;
import java.util.Locale;

/** Codes of list values (types, sources): lower case, words joined by underscores, Thai kept. */
public final class Codes {

    private Codes() {}

    /** {@code "Cold Call"} and {@code "cold-call"} both become {@code cold_call}. */
    public static String of(String field, String text) {
        String checked = TextRules.required(field, text, 64);
        return checked.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }
}
