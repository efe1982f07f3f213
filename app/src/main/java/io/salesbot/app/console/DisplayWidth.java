package io.salesbot.app.console;

/**
 * How many terminal columns a text takes: Thai vowel and tone marks (and every other combining
 * mark) take none, East Asian wide characters and emoji take two, everything else one. Enough of
 * Unicode's East Asian Width and emoji tables for sales data; not a full wcwidth.
 */
final class DisplayWidth {

    // Pairs of inclusive code point ranges drawn two columns wide.
    private static final int[] WIDE = {
        0x1100, 0x115F, // Hangul Jamo
        0x231A, 0x231B, // watch, hourglass
        0x23E9, 0x23EC,
        0x23F0, 0x23F3,
        0x25FD, 0x25FE,
        0x2614, 0x2615,
        0x2648, 0x2653,
        0x26A1, 0x26A1,
        0x26AA, 0x26AB,
        0x26BD, 0x26BE,
        0x26C4, 0x26C5,
        0x26D4, 0x26D4,
        0x26EA, 0x26EA,
        0x26F2, 0x26F5,
        0x26FA, 0x26FD,
        0x2705, 0x2705,
        0x270A, 0x270B,
        0x2728, 0x2728,
        0x274C, 0x274C,
        0x2753, 0x2755,
        0x2757, 0x2757,
        0x2795, 0x2797,
        0x27B0, 0x27B0,
        0x2B1B, 0x2B1C,
        0x2B50, 0x2B55,
        0x2E80, 0x303E, // CJK radicals, punctuation
        0x3041, 0x33FF, // kana, CJK compatibility
        0x3400, 0x4DBF, // CJK extension A
        0x4E00, 0x9FFF, // CJK unified ideographs
        0xA000, 0xA4CF, // Yi
        0xAC00, 0xD7A3, // Hangul syllables
        0xF900, 0xFAFF, // CJK compatibility ideographs
        0xFE30, 0xFE4F, // CJK compatibility forms
        0xFF00, 0xFF60, // fullwidth forms
        0xFFE0, 0xFFE6,
        0x1F004, 0x1F004,
        0x1F0CF, 0x1F0CF,
        0x1F18E, 0x1F18E,
        0x1F191, 0x1F19A,
        0x1F200, 0x1F251,
        0x1F300, 0x1F64F, // emoji: symbols, pictographs, emoticons
        0x1F680, 0x1F6FF, // transport and map
        0x1F7E0, 0x1F7EB,
        0x1F900, 0x1F9FF, // supplemental symbols and pictographs
        0x1FA70, 0x1FAFF,
        0x20000, 0x3FFFD // CJK extensions B and beyond
    };

    private DisplayWidth() {}

    static int of(String text) {
        return text.codePoints().map(DisplayWidth::of).sum();
    }

    static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT
                || type == Character.CONTROL) {
            return 0;
        }
        return wide(codePoint) ? 2 : 1;
    }

    /** The text padded with spaces on the right to {@code width} columns. */
    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }

    /** The text padded with spaces on the left to {@code width} columns. */
    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - of(text))) + text;
    }

    private static boolean wide(int codePoint) {
        if (codePoint < WIDE[0]) {
            return false;
        }
        for (int i = 0; i < WIDE.length; i += 2) {
            if (codePoint < WIDE[i]) {
                return false;
            }
            if (codePoint <= WIDE[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
