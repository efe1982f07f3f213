package io.salesbot.opportunity;

import java.util.Arrays;
import java.util.List;

/**
 * Splits {@code in progress demo went well} into the stage and the note: the longest run of
 * leading words that names a stage in full is the stage; the rest is the note. Without a full name,
 * the first word is the stage (it may still be a unique prefix such as {@code neg}).
 */
record StageAndNote(String stage, String note) {

    static StageAndNote split(String text, List<Stage> stages) {
        String[] words = text.strip().split("\\s+");
        for (int count = words.length; count > 0; count--) {
            String candidate = String.join(" ", Arrays.copyOfRange(words, 0, count));
            if (StageMatcher.namesInFull(stages, candidate)) {
                return new StageAndNote(candidate, rest(words, count));
            }
        }
        return new StageAndNote(words[0], rest(words, 1));
    }

    private static String rest(String[] words, int from) {
        return from >= words.length ? null : String.join(" ", Arrays.copyOfRange(words, from, words.length));
    }
}
