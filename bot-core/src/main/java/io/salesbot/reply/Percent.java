package io.salesbot.reply;

import java.math.BigDecimal;

/** A percentage such as a probability or a win rate. */
public record Percent(BigDecimal value) {

    public static Percent of(int value) {
        return new Percent(BigDecimal.valueOf(value));
    }
}
