package io.salesbot.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * What a platform says when a reply is longer than one of its messages can hold, and the one way
 * every renderer decides how much fits: whole lines, in order, while they fit a budget of
 * characters, with the rest counted so the reader is told how many are not shown. Lengths are
 * UTF-16 units, never fewer than the characters Slack and Discord count.
 */
public final class Overflow {

    private Overflow() {}

    /** Lines of a list that fit, and how many did not. */
    public record Taken(List<String> shown, int omitted) {

        public boolean cut() {
            return omitted > 0;
        }
    }

    /**
     * Takes {@code lines} from the first while they, each followed by {@code separator} characters
     * (a newline: 1), fit in {@code budget}; a single line longer than the budget is not split.
     */
    public static Taken take(List<String> lines, int budget, int separator) {
        List<String> shown = new ArrayList<>();
        int used = 0;
        for (String line : lines) {
            int size = line.length() + separator;
            if (used + size > budget) {
                break;
            }
            shown.add(line);
            used += size;
        }
        return new Taken(shown, lines.size() - shown.size());
    }

    /** "…and 37 more product lines not shown here", with where to find them all. */
    public static Message moreLines(int omitted) {
        return Message.of("card.linesNotShown", omitted);
    }

    /** "…and 12 more rows not shown here". */
    public static Message moreRows(int omitted) {
        return Message.of("reply.rowsNotShown", omitted);
    }

    /** After long text cut short: how many characters are not shown. */
    public static Message moreText(int omittedChars) {
        return Message.of("reply.textNotShown", omittedChars);
    }

    /** The end of an answer did not fit one message at all. */
    public static Message restNotShown() {
        return Message.of("reply.restNotShown");
    }
}
