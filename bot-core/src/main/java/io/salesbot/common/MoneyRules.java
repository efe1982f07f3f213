package io.salesbot.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Rules for money amounts as they are stored: two decimals, never negative, within what DECIMAL(19,2)
 * holds. An amount with its currency, as a reply shows it, is {@link io.salesbot.reply.Money}.
 */
public final class MoneyRules {

    public static final BigDecimal MAX = new BigDecimal("99999999999999999.99");

    private MoneyRules() {}

    /** Rounds to two decimals and checks the range; {@code field} names the input for the error. */
    public static BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException(field, "error.field.required", field);
        }
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "error.amount.negative", value.toPlainString());
        }
        if (value.compareTo(MAX) > 0) {
            throw new InvalidInputException(field, "error.amount.tooLarge", value.toPlainString(), shown(MAX));
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** A limit as people read it in an error: {@code 99,999,999,999,999,999.99}. */
    public static String shown(BigDecimal limit) {
        return String.format(Locale.ROOT, "%,.2f", limit);
    }

    /** {@code amount × percent / 100}, rounded half-up to two decimals. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
