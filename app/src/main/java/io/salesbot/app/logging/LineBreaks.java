package io.salesbot.app.logging;

/**
 * Escapes everything that could end a log line or redraw a terminal: CR and LF as {@code \r} and
 * {@code \n}, the other line separators (U+0085, U+2028, U+2029) and every other control
 * character but tab as {@code \}{@code uXXXX}. Deal names, notes and lost reasons are user text
 * and may reach a log message, an MDC value or an exception message: escaped, a user cannot start
 * a line that looks like one of ours. Backslashes are left alone (paths and patterns stay
 * readable); an escaped break is therefore told from a typed one only by context.
 */
public final class LineBreaks {

    private LineBreaks() {}

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text; // the common case: no copy
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (unsafe(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unsafe(char c) {
        return (Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029';
    }
}
