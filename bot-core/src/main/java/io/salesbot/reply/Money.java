package io.salesbot.reply;

import java.math.BigDecimal;

/** An amount of money in a currency, formatted per reader's language by the {@link Localizer}. */
public record Money(BigDecimal amount, String currency) {}
