package io.salesbot.reply;

import java.math.BigDecimal;

/** An amount of money in a currency, formatted per reader's language by the {@link Localizer}. */
public record Money(BigDecimal amount, String currency) {

    /** The amount in {@code currency}, or null when there is no amount (shown as a dash). */
    public static Money of(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
