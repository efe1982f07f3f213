package io.salesbot.opportunity;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Changes made as if at an earlier moment: the sample pipeline ({@code demo}) tells the story of
 * the past months by making each change through the real services at the time it is meant to
 * have happened, so its history (instants, and dates such as the day a deal closed) is what those
 * changes would have written then. Rewriting history afterwards left it disagreeing with the
 * deals. Bound to the thread, like {@link BulkChanges}; nothing else uses it.
 */
public final class Backdated {

    private static final ThreadLocal<Instant> AT = new ThreadLocal<>();

    private Backdated() {}

    /** Runs the work with every deal change in it stamped {@code at}, and "today" the day of it. */
    public static <T> T at(Instant at, Supplier<T> work) {
        Instant outer = AT.get();
        AT.set(at);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                AT.remove();
            } else {
                AT.set(outer);
            }
        }
    }

    /** The clock deal changes read: the real one, or the moment the work is backdated to. */
    static Clock clock(Clock real) {
        Instant at = AT.get();
        return at == null ? real : Clock.fixed(at, real.getZone());
    }
}
