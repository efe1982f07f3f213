package io.salesbot.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Formats money for people: short forms for chart axes and chat replies, and a full form.
 *
 * <p>Contract for {@link #format}: at most three significant digits, but never fewer than the
 * whole-number digits and never more than two decimals; never scientific notation; rounding
 * half-up; a value that rounds up into the next unit is shown in that unit (999,999 is "฿1M",
 * not "฿1000K"); negatives get a leading "-"; a value that rounds to zero is shown unsigned.
 * <ul>
 *   <li>English (any language but Thai): units K, M, B, T, currency symbol first:
 *       "฿1.2M", "฿500K", "฿950", "$1.23B".</li>
 *   <li>Thai (language "th"): digits below one million ("500,000"), then "ล้าน" (million)
 *       and "ล้านล้าน" (million million): "1.2 ล้าน", "1,235 ล้าน". Baht is implied and not
 *       shown; another currency keeps its symbol in front ("$1.2 ล้าน").</li>
 * </ul>
 * Thai intentionally skips the units พัน/หมื่น/แสน: on an axis they change between
 * neighbouring ticks (5 หมื่น, 1 แสน, 1.5 แสน), forcing a mental conversion per tick, and in
 * written business Thai (reports, CRM screens, news) amounts under a million are written out
 * in digits while ล้าน is the unit everyone reads at a glance.
 *
 * <p>Digits are always Latin (0-9) with "," grouping and "." decimals, also for Thai, because
 * that is what Thai business documents use. {@code currencyCode} may be null for plain numbers.
 * All methods are thread-safe.
 */
public final class CompactAmounts {

    private record Unit(BigDecimal size, String suffix) {}

    private static final List<Unit> ENGLISH_UNITS = List.of(
            new Unit(BigDecimal.ONE, ""),
            new Unit(new BigDecimal("1e3"), "K"),
            new Unit(new BigDecimal("1e6"), "M"),
            new Unit(new BigDecimal("1e9"), "B"),
            new Unit(new BigDecimal("1e12"), "T"));
    private static final List<Unit> THAI_UNITS = List.of(
            new Unit(BigDecimal.ONE, ""),
            new Unit(new BigDecimal("1e6"), " ล้าน"),
            new Unit(new BigDecimal("1e12"), " ล้านล้าน"));

    // Currency.getSymbol(Locale.ENGLISH) answers "THB" for baht; people expect the sign.
    private static final Map<String, String> SYMBOLS =
            Map.of("THB", "฿", "USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

    private CompactAmounts() {}

    /** Short form, e.g. "฿1.2M" (English) or "1.2 ล้าน" (Thai); see the class contract. */
    public static String format(BigDecimal amount, Locale locale, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        boolean thai = isThai(locale);
        List<Unit> units = thai ? THAI_UNITS : ENGLISH_UNITS;
        BigDecimal abs = amount.abs();
        int i = 0;
        while (i + 1 < units.size() && abs.compareTo(units.get(i + 1).size()) >= 0) {
            i++;
        }
        BigDecimal shown = round(abs.divide(units.get(i).size()));
        // 999,999 rounds to 1000K: carry into the next unit instead of printing four digits.
        while (i + 1 < units.size()
                && shown.multiply(units.get(i).size())
                                .compareTo(units.get(i + 1).size())
                        >= 0) {
            i++;
            shown = round(abs.divide(units.get(i).size()));
        }
        String symbol = thai && "THB".equals(currencyCode) ? "" : symbol(currencyCode);
        String sign = amount.signum() < 0 && shown.signum() != 0 ? "-" : "";
        return sign + symbol + pattern("#,##0.##").format(shown) + units.get(i).suffix();
    }

    /**
     * The short form for every tick of one value axis, all in the one unit its largest amount
     * needs ("0.5 ล้าน", "1 ล้าน", "1.5 ล้าน"; "฿0.4M", "฿0.8M", "฿1.2M"), so neighbouring ticks
     * never switch between "800,000" and "1.8 ล้าน". The unit is chosen from 80% of a unit up,
     * because an axis rises a step above its largest amount; zero is shown without a unit. XChart
     * writes the bars' own amounts with the same function: one under a tenth of the unit (never a
     * tick) gets its own short form, so a small bar reads "14,800", not "0.01 ล้าน".
     */
    public static String axisTick(BigDecimal amount, BigDecimal largest, Locale locale, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        boolean thai = isThai(locale);
        List<Unit> units = thai ? THAI_UNITS : ENGLISH_UNITS;
        BigDecimal reach = largest.abs().multiply(new BigDecimal("1.25"));
        int i = 0;
        while (i + 1 < units.size() && reach.compareTo(units.get(i + 1).size()) >= 0) {
            i++;
        }
        // Ticks are at least a tenth of the unit apart, so anything smaller is a bar's own label:
        // "14,800" reads better than "0.01 ล้าน".
        BigDecimal tenth = units.get(i).size().divide(BigDecimal.TEN);
        if (amount.signum() == 0 || i == 0 || amount.abs().compareTo(tenth) < 0) {
            return format(amount, locale, currencyCode);
        }
        BigDecimal shown = round(amount.abs().divide(units.get(i).size()));
        String symbol = thai && "THB".equals(currencyCode) ? "" : symbol(currencyCode);
        String sign = amount.signum() < 0 && shown.signum() != 0 ? "-" : "";
        return sign + symbol + pattern("#,##0.##").format(shown) + units.get(i).suffix();
    }

    /**
     * Full form with grouping and the currency's usual decimals, shown only when not zero:
     * "฿1,200,000", "฿1,200,000.50". Same for English and Thai.
     */
    public static String full(BigDecimal amount, Locale locale, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(locale, "locale");
        int digits = currencyCode == null
                ? 2
                : Math.max(0, Currency.getInstance(currencyCode).getDefaultFractionDigits());
        BigDecimal rounded = amount.abs().setScale(digits, RoundingMode.HALF_UP);
        boolean whole = rounded.stripTrailingZeros().scale() <= 0;
        String number = pattern(whole ? "#,##0" : "#,##0." + "0".repeat(digits)).format(rounded);
        String sign = amount.signum() < 0 && rounded.signum() != 0 ? "-" : "";
        return sign + symbol(currencyCode) + number;
    }

    static boolean isThai(Locale locale) {
        return "th".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    // Three significant digits, but keep every whole-number digit and at most two decimals.
    private static BigDecimal round(BigDecimal nonNegative) {
        int wholeDigits = nonNegative.compareTo(BigDecimal.ONE) < 0 ? 0 : nonNegative.precision() - nonNegative.scale();
        int scale = Math.max(0, Math.min(2, 3 - wholeDigits));
        return nonNegative.setScale(scale, RoundingMode.HALF_UP);
    }

    private static String symbol(String currencyCode) {
        if (currencyCode == null) {
            return "";
        }
        String known = SYMBOLS.get(currencyCode);
        if (known != null) {
            return known;
        }
        // Unknown signs come back as letters ("SGD"); a space keeps "SGD 1.2M" readable.
        String symbol = Currency.getInstance(currencyCode).getSymbol(Locale.ENGLISH);
        return Character.isLetter(symbol.charAt(symbol.length() - 1)) ? symbol + " " : symbol;
    }

    // DecimalFormat is not thread-safe, so build one per call; ENGLISH symbols pin Latin digits.
    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }
}
