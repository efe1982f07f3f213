package io.salesbot.values;

import io.salesbot.common.MoneyRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a deal amount in Thai baht as typed in chat.
 *
 * <p>Accepted: plain or comma-grouped numbers ({@code 1200000}, {@code 1,200,000.50}); the shop
 * price style {@code 1,500.-}; a currency marker before ({@code ฿}, {@code THB}) or after
 * ({@code บาท}, {@code THB}); one multiplier, with or without a space: {@code k}, {@code m},
 * {@code b}/{@code bn} (any case) or the Thai units พัน, หมื่น, แสน, ล้าน and พันล้าน,
 * หมื่นล้าน, แสนล้าน; Thai digits; surrounding whitespace.
 *
 * <p>The result is exact (no floating point) and has scale 2, rounded HALF_UP after the
 * multiplier is applied. Rejected with argument 0 = the raw input:
 * <ul>
 *   <li>{@code error.amount.negative}: a readable amount with a minus sign (even {@code -0});</li>
 *   <li>{@code error.amount.tooLarge}: above 999,999,999,999,999.99 after rounding;</li>
 *   <li>{@code error.amount.invalid}: anything else, e.g. blank, {@code 1.2.3},
 *       {@code 1,2,3,4}, {@code 12abc}, {@code 1.5 mb}, {@code 1e6}, spoken compounds such as
 *       {@code 1 ล้าน 2 แสน}.</li>
 * </ul>
 */
public final class Amounts {

    /** Largest amount accepted: fits a DECIMAL(17,2) column. */
    static final BigDecimal MAX = new BigDecimal("999999999999999.99");

    // Longest first: "1.2 พันล้าน" must read as 1.2 billion, not as "1.2 พัน" times a million.
    private static final List<Map.Entry<String, Integer>> MULTIPLIERS = List.of(
            Map.entry("แสนล้าน", 11),
            Map.entry("หมื่นล้าน", 10),
            Map.entry("พันล้าน", 9),
            Map.entry("ล้าน", 6),
            Map.entry("แสน", 5),
            Map.entry("หมื่น", 4),
            Map.entry("พัน", 3),
            Map.entry("bn", 9),
            Map.entry("b", 9),
            Map.entry("m", 6),
            Map.entry("k", 3));

    private static final List<String> PREFIXES = List.of("฿", "thb");
    private static final List<String> SUFFIXES = List.of("บาท", "thb", "฿");

    private Amounts() {}

    /**
     * @param raw what the user typed; {@code null} is treated as blank
     * @return the amount with scale 2, never negative
     * @throws InvalidValueException with one of the keys listed on the class
     */
    public static BigDecimal parse(String raw) {
        // Lower-casing is safe for the Thai words and lets "THB", "1.2M", "500K" match.
        String s = RawInput.normalize(raw).toLowerCase(Locale.ROOT);
        boolean minus = s.startsWith("-");
        s = strip(minus ? s.substring(1) : s);
        s = stripPrefix(s);
        if (s.startsWith("-")) {
            // "฿-5" is as negative as "-฿5"; "-฿-5" is nonsense.
            if (minus) {
                throw invalid(raw);
            }
            minus = true;
            s = strip(s.substring(1));
        }
        s = stripSuffix(s);
        if (s.endsWith(".-")) {
            s = strip(s.substring(0, s.length() - 2));
        }
        int power = 0;
        for (Map.Entry<String, Integer> m : MULTIPLIERS) {
            if (s.endsWith(m.getKey())) {
                s = strip(s.substring(0, s.length() - m.getKey().length()));
                power = m.getValue();
                break;
            }
        }
        BigDecimal number = Numbers.decimal(s);
        if (number == null) {
            throw invalid(raw);
        }
        if (minus) {
            throw new InvalidValueException("error.amount.negative", RawInput.shown(raw));
        }
        BigDecimal amount = number.movePointRight(power).setScale(2, RoundingMode.HALF_UP);
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidValueException("error.amount.tooLarge", RawInput.shown(raw), MoneyRules.shown(MAX));
        }
        return amount;
    }

    private static String stripPrefix(String s) {
        for (String p : PREFIXES) {
            if (s.startsWith(p)) {
                return strip(s.substring(p.length()));
            }
        }
        return s;
    }

    private static String stripSuffix(String s) {
        for (String p : SUFFIXES) {
            if (s.endsWith(p)) {
                return strip(s.substring(0, s.length() - p.length()));
            }
        }
        return s;
    }

    private static String strip(String s) {
        return s.strip();
    }

    private static InvalidValueException invalid(String raw) {
        return new InvalidValueException("error.amount.invalid", RawInput.shown(raw));
    }
}
