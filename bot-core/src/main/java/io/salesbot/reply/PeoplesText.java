package io.salesbot.reply;

import java.util.List;

/**
 * Puts people's text into a worded message where placeholders hold its place, written by a {@link
 * Markup} for where each lands: inside a code span of the message (a run of backticks closed by a
 * run of the same length, as Discord and Slack read them) or outside one.
 */
final class PeoplesText {

    // Private-use characters: never in our messages, and taken out of people's text.
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private PeoplesText() {}

    static String placeholder(int index) {
        return OPEN + Integer.toString(index) + CLOSE;
    }

    /** People's text without the characters placeholders are made of, so none can be forged. */
    static String clean(String people) {
        return people.indexOf(OPEN) < 0 && people.indexOf(CLOSE) < 0
                ? people
                : people.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
    }

    static String fill(String worded, List<String> people, Markup markup) {
        StringBuilder out = new StringBuilder(worded.length() + 32);
        int fence = 0; // length of the backtick run that opened the code span we are in; 0 outside
        int i = 0;
        while (i < worded.length()) {
            char c = worded.charAt(i);
            if (c == '\\' && i + 1 < worded.length()) {
                // An escaped character (text a nested message already wrote) opens no code span.
                out.append(c).append(worded.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int end = runEnd(worded, i);
                int length = end - i;
                if (fence == 0 && closes(worded, end, length)) {
                    fence = length;
                } else if (fence == length) {
                    fence = 0;
                }
                out.append(worded, i, end);
                i = end;
            } else if (c == OPEN && worded.indexOf(CLOSE, i) > i + 1) {
                int close = worded.indexOf(CLOSE, i);
                String value = clean(people.get(Integer.parseInt(worded.substring(i + 1, close))));
                out.append(fence > 0 ? markup.code(value) : markup.text(value));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int runEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end;
    }

    /** Whether a run of {@code length} backticks follows {@code from}: else the opening run is literal. */
    private static boolean closes(String text, int from, int length) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int end = runEnd(text, i);
                if (end - i == length) {
                    return true;
                }
                i = end;
            } else {
                i++;
            }
        }
        return false;
    }
}
