package io.salesbot.values;

/**
 * Shared clean-up of raw chat input before any parser looks at it.
 *
 * <p>Chat clients add things users cannot see (NBSP, zero-width spaces, tabs from pasted cells)
 * and Thai keyboards can produce Thai digits; every parser wants the same plain form.
 */
final class RawInput {

    private static final char THAI_ZERO = '\u0E50';
    private static final char UNICODE_MINUS = '\u2212';

    private RawInput() {}

    /**
     * Thai digits become ASCII, U+2212 becomes '-', zero-width characters are dropped, every run
     * of whitespace (NBSP and tabs included) becomes one space, and the ends are trimmed.
     * {@code null} becomes the empty string so that callers reject it like any blank input.
     */
    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isZeroWidth(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(toAscii(c));
        }
        return out.toString();
    }

    /** The raw input as argument 0 of an error message: exactly what was typed, "" for null. */
    static String shown(String raw) {
        return raw == null ? "" : raw;
    }

    /** Whitespace in the broad sense: Java whitespace plus Unicode space separators such as NBSP. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Invisible characters that Slack and some Thai editors insert as word-break hints. */
    static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\uFEFF';
    }

    private static char toAscii(char c) {
        if (c >= THAI_ZERO && c <= '\u0E59') {
            return (char) ('0' + (c - THAI_ZERO));
        }
        return c == UNICODE_MINUS ? '-' : c;
    }
}
