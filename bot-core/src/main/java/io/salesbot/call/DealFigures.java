package io.salesbot.call;

import java.math.BigDecimal;

/**
 * What a rep's deals say for a period: won (closed won in it) and open (open deals due in it and,
 * while it is under way, those overdue), as {@code /forecast} counts them. {@code commit}, {@code
 * best} and {@code pipeline} are the forecast categories' sums, null while the workspace has none.
 */
public record DealFigures(BigDecimal won, BigDecimal open, BigDecimal commit, BigDecimal best, BigDecimal pipeline) {

    public static final DealFigures NONE =
            new DealFigures(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), null, null, null);
}
