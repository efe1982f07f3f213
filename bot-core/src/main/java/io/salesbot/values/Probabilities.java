package io.salesbot.values;

import java.math.BigDecimal;

/**
 * Reads a win probability: a whole percentage from 0 to 100.
 *
 * <p>Accepted: {@code 60}, {@code 60%}, {@code " 60 % "}, {@code ๖๐}, {@code 60 เปอร์เซ็นต์},
 * and {@code 60.0} (it is whole). Rejected with argument 0 = the raw input:
 * <ul>
 *   <li>{@code error.probability.range}: a readable whole number outside 0..100, e.g.
 *       {@code 101}, {@code -1};</li>
 *   <li>{@code error.probability.invalid}: not a whole number, e.g. {@code abc}, blank,
 *       {@code 60.5}, {@code 0.6}. Decimals are refused rather than rounded: pipeline stages use
 *       whole percentages, and {@code 0.6} more likely means 60% than 1%.</li>
 * </ul>
 */
public final class Probabilities {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Probabilities() {}

    /**
     * @param raw what the user typed; {@code null} is treated as blank
     * @return 0..100
     * @throws InvalidValueException {@code error.probability.invalid} or {@code error.probability.range}
     */
    public static int parse(String raw) {
        String s = Numbers.stripPercent(RawInput.normalize(raw));
        boolean minus = s.startsWith("-");
        BigDecimal value = Numbers.decimal(minus ? s.substring(1).strip() : s);
        if (value == null || Numbers.hasMoreDecimalsThan(value, 0)) {
            throw new InvalidValueException("error.probability.invalid", RawInput.shown(raw));
        }
        if (minus || value.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("error.probability.range", RawInput.shown(raw));
        }
        return value.intValueExact();
    }
}
