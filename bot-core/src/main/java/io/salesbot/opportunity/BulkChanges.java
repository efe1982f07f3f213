package io.salesbot.opportunity;

import java.util.function.Supplier;

/**
 * Bulk work (an import, the demo) that channels should not hear deal by deal: a thousand-row
 * import would otherwise post a thousand "new deal" messages and run into the platform's rate
 * limits. The person who started it gets the summary instead. History is kept as always.
 *
 * <p>Bound to the thread because deal changes are announced synchronously, in the thread (and
 * transaction) that makes them.
 */
public final class BulkChanges {

    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

    private BulkChanges() {}

    /** Runs the work without announcing its deal changes to channels. */
    public static <T> T quietly(Supplier<T> work) {
        boolean outer = QUIET.get();
        QUIET.set(true);
        try {
            return work.get();
        } finally {
            QUIET.set(outer);
        }
    }

    /** Runs the work without announcing its deal changes to channels. */
    public static void quietly(Runnable work) {
        quietly(() -> {
            work.run();
            return null;
        });
    }

    static boolean active() {
        return QUIET.get();
    }
}
