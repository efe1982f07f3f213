package io.salesbot.command;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A typed line with one mistake put right, to offer as "did you mean" that runs as it reads. */
final class Retyped {

    private static final Pattern WORD = Pattern.compile("\\S+");

    private Retyped() {}

    /** {@code line} with its word at {@code index} (0 is the command) replaced by {@code meant}. */
    static String word(String line, int index, String meant) {
        String text = line.strip();
        Matcher words = WORD.matcher(text);
        for (int at = 0; words.find(); at++) {
            if (at == index) {
                return text.substring(0, words.start()) + meant + text.substring(words.end());
            }
        }
        return text;
    }

    /** {@code line} with the option {@code key:} written as {@code meant:}. */
    static String option(String line, String key, String meant) {
        String text = line.strip();
        Matcher option = Pattern.compile("(?<=^|\\s)" + Pattern.quote(key) + ":", Pattern.CASE_INSENSITIVE)
                .matcher(text);
        return option.find()
                ? text.substring(0, option.start()) + meant.toLowerCase(Locale.ROOT) + ":"
                        + text.substring(option.end())
                : text;
    }
}
