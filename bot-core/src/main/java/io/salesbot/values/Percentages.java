package io.salesbot.values;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads a discount percentage from 0 to 100 with at most 2 decimals.
 *
 * <p>Accepted: {@code 10}, {@code 10%}, {@code 12.5%}, {@code 0}, {@code 100}, {@code ๑๐%},
 * {@code 10 เปอร์เซ็นต์}. The result has scale 2 ({@code 12.5%} is {@code 12.50}).
 * Everything else (blank, garbage, negative, above 100, {@code 12.345}) is rejected with
 * {@code error.discount.invalid}, argument 0 = the raw input.
 */
public final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {}

    /**
     * @param raw what the user typed; {@code null} is treated as blank
     * @return 0.00..100.00, scale 2
     * @throws InvalidValueException {@code error.discount.invalid}
     */
    public static BigDecimal parse(String raw) {
        String s = Numbers.stripPercent(RawInput.normalize(raw));
        BigDecimal value = s.startsWith("-") ? null : Numbers.decimal(s);
        if (value == null || value.compareTo(HUNDRED) > 0 || Numbers.hasMoreDecimalsThan(value, 2)) {
            throw new InvalidValueException("error.discount.invalid", RawInput.shown(raw));
        }
        // Exact: at most 2 significant decimals were checked above.
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
