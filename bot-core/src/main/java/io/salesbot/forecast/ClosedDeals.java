package io.salesbot.forecast;

import java.math.BigDecimal;
import java.util.List;

/**
 * Deals won (or lost) in a period, for the digest's "since last time": how many and their total
 * over all of them, and the newest few by name.
 */
public record ClosedDeals(long count, BigDecimal total, List<Named> newest) {

    public static final ClosedDeals NONE = new ClosedDeals(0, BigDecimal.ZERO, List.of());

    /** A deal as the digest names it. */
    public record Named(int number, String name) {}
}
