package io.salesbot.values;

import java.math.BigDecimal;

/**
 * Strict reader for the plain decimal numbers that every parser in this package builds on.
 *
 * <p>Hand-written instead of a regex: a grouping regex like {@code (,\d{3})+} recurses per
 * repetition in java.util.regex and can overflow the stack on a 10 KB paste.
 */
final class Numbers {

    private Numbers() {}

    /**
     * Reads {@code 1200000}, {@code 1,200,000}, {@code 1200000.50}. Commas must group in threes
     * from the decimal point; the fraction needs at least one digit. No sign, no exponent.
     *
     * @return the exact value, or {@code null} when {@code s} is not such a number
     */
    static BigDecimal decimal(String s) {
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        if (whole.isEmpty() || (dot >= 0 && !allDigits(fraction, 1))) {
            return null;
        }
        String digits = whole.indexOf(',') < 0 ? whole : ungroup(whole);
        if (digits == null || !allDigits(digits, 1)) {
            return null;
        }
        return new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction);
    }

    /**
     * Removes one trailing percent sign ({@code %}, full-width {@code ％}, or the Thai word
     * เปอร์เซ็นต์) and the space before it. The input must already be normalized.
     */
    static String stripPercent(String s) {
        for (String sign : new String[] {"%", "\uFF05", "เปอร์เซ็นต์"}) {
            if (s.endsWith(sign)) {
                return s.substring(0, s.length() - sign.length()).strip();
            }
        }
        return s;
    }

    /** True when a value has more than {@code places} significant decimals ("2.50" has 1). */
    static boolean hasMoreDecimalsThan(BigDecimal value, int places) {
        // scale() first: stripping zeros is the slow path, needed only for "2.500"-style input.
        return value.scale() > places && value.stripTrailingZeros().scale() > places;
    }

    // "1,200,000" -> "1200000"; null when the groups are not 1-3 digits then threes.
    private static String ungroup(String whole) {
        String[] groups = whole.split(",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return null;
        }
        StringBuilder out = new StringBuilder(whole.length());
        for (int i = 0; i < groups.length; i++) {
            if (i > 0 && groups[i].length() != 3) {
                return null;
            }
            out.append(groups[i]);
        }
        return out.toString();
    }

    private static boolean allDigits(String s, int minLength) {
        if (s.length() < minLength) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
