package io.salesbot.values;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads a line-item quantity: positive, at most 2 decimals.
 *
 * <p>Accepted: {@code 3}, {@code 2.5}, {@code 1,000}, {@code 2.50}, Thai digits. The result has
 * scale 2, like every {@link BigDecimal} from this package. Rejected with argument 0 = the raw
 * input:
 * <ul>
 *   <li>{@code error.quantity.invalid}: blank, garbage, 0, negative, or 3+ significant decimals
 *       ({@code 2.555} is refused, not rounded: a quantity is counted, not estimated);</li>
 *   <li>{@code error.quantity.tooLarge}: above 999,999,999.99.</li>
 * </ul>
 */
public final class Quantities {

    static final BigDecimal MAX = new BigDecimal("999999999.99");

    private Quantities() {}

    /**
     * @param raw what the user typed; {@code null} is treated as blank
     * @return the quantity, greater than zero, scale 2
     * @throws InvalidValueException {@code error.quantity.invalid} or {@code error.quantity.tooLarge}
     */
    public static BigDecimal parse(String raw) {
        String s = RawInput.normalize(raw);
        BigDecimal value = s.startsWith("-") ? null : Numbers.decimal(s);
        if (value == null || value.signum() == 0 || Numbers.hasMoreDecimalsThan(value, 2)) {
            throw new InvalidValueException("error.quantity.invalid", RawInput.shown(raw));
        }
        if (value.compareTo(MAX) > 0) {
            throw new InvalidValueException("error.quantity.tooLarge", RawInput.shown(raw));
        }
        // Exact: at most 2 significant decimals were checked above.
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
