package io.salesbot.forecast;

import java.util.List;

/**
 * Slipping or stale deals: how many there are in all, and the first of them in order (at most
 * {@link #SHOWN}) to name.
 */
public record DealAlerts(long total, List<DealAlert> shown) {

    public static final int SHOWN = 50;

    public boolean isEmpty() {
        return total == 0;
    }

    /** How many are counted but not in {@link #shown}. */
    public long notShown() {
        return total - shown.size();
    }
}
