package io.salesbot.command.deal;

import io.salesbot.opportunity.StageView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits {@code in progress demo went well} into the stage and the note: the longest run of
 * leading words that names a stage is the stage; the rest is the note. Without a full name, the
 * first word is the stage (it may still be a unique prefix such as {@code neg}).
 */
record StageAndNote(String stage, String note) {

    static StageAndNote split(String text, List<StageView> stages) {
        String[] words = text.strip().split("\\s+");
        for (int count = words.length; count > 0; count--) {
            String candidate = String.join(" ", Arrays.copyOfRange(words, 0, count));
            if (names(candidate, stages)) {
                return new StageAndNote(candidate, rest(words, count));
            }
        }
        return new StageAndNote(words[0], rest(words, 1));
    }

    private static boolean names(String candidate, List<StageView> stages) {
        String wanted = normalise(candidate);
        return stages.stream()
                .anyMatch(stage -> wanted.equals(normalise(stage.name()))
                        || wanted.equals(normalise(stage.thaiName()))
                        || (stage.kind().isClosed()
                                && wanted.equals(normalise(stage.name()).replaceFirst("^closed?", ""))));
    }

    private static String rest(String[] words, int from) {
        return from >= words.length ? null : String.join(" ", Arrays.copyOfRange(words, from, words.length));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
