package io.salesbot.reply;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forecast period, shown as each reader writes it (see {@link Localizer#period}): {@code
 * 2026-Q4} to English readers, {@code ไตรมาส 4/2569} to Thai ones.
 *
 * @param index the month (1–12) or the quarter (1–4); unused for a year
 */
public record Period(Kind kind, int year, int index) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-(?:Q([1-4])|(\\d{2})))?");

    public enum Kind {
        MONTH,
        QUARTER,
        YEAR
    }

    /** The period a label {@code 2026-12}, {@code 2026-Q4} or {@code 2026} names. */
    public static Period ofLabel(String label) {
        Matcher m = LABEL.matcher(label);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period label: " + label);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new Period(Kind.QUARTER, year, Integer.parseInt(m.group(2)));
        }
        return m.group(3) != null
                ? new Period(Kind.MONTH, year, Integer.parseInt(m.group(3)))
                : new Period(Kind.YEAR, year, 0);
    }

    /** The label in the product's own notation, as typed in {@code /forecast 2026-Q4}. */
    public String label() {
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, index);
            case QUARTER -> "%d-Q%d".formatted(year, index);
            case YEAR -> String.valueOf(year);
        };
    }
}
