package io.salesbot.slack.http;

import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * The budget of bodies larger than Slack's own. Slack's slash commands, buttons and events are a
 * few KB, and a modal submission stays well under 100 KB, but the endpoint reads up to the cap (1
 * MB) for whoever sends fresh-looking headers, and hashes it: a stranger who sends such bodies back
 * to back would have us read and hash hundreds of MB a second. So a body past the threshold needs a
 * {@link Pass}: one of a few concurrent reads ({@code reads}), and its bytes from a bucket refilled
 * at {@code bytesPerSecond} (holding at most one second's worth, or one body of the cap). A request
 * that gets none is refused before its body is read; small bodies never ask, so they never wait.
 * Nothing here blocks.
 */
final class LargeBodies {

    private final Semaphore reads;
    private final double bytesPerNano;
    private final double capacity;
    private final LongSupplier nanoTime;

    // Guarded by this.
    private double bytes;
    private long refilledAt;

    LargeBodies(int reads, long bytesPerSecond, long largestBody, LongSupplier nanoTime) {
        if (reads < 1 || bytesPerSecond < 1) {
            throw new IllegalArgumentException("a budget must admit something");
        }
        this.reads = new Semaphore(reads);
        this.bytesPerNano = bytesPerSecond / 1e9;
        this.capacity = Math.max(bytesPerSecond, largestBody);
        this.nanoTime = nanoTime;
        this.bytes = capacity;
        this.refilledAt = nanoTime.getAsLong();
    }

    /** A pass to read a body of at most {@code size} bytes, or null when the budget is spent. */
    Pass tryEnter(long size) {
        if (!reads.tryAcquire()) {
            return null;
        }
        if (!take(size)) {
            reads.release();
            return null;
        }
        return new Pass(size);
    }

    private synchronized boolean take(long size) {
        long now = nanoTime.getAsLong();
        bytes = Math.min(capacity, bytes + (now - refilledAt) * bytesPerNano);
        refilledAt = now;
        if (bytes < size) {
            return false;
        }
        bytes -= size;
        return true;
    }

    private synchronized void giveBack(long size) {
        bytes = Math.min(capacity, bytes + size);
    }

    /** One admitted large read; closing it frees the read and gives back what was taken but not read. */
    final class Pass implements AutoCloseable {
        private final long taken;
        private long used;
        private boolean closed;

        private Pass(long taken) {
            this.taken = taken;
            this.used = taken; // until told otherwise: a read cut short gives nothing back
        }

        /** How many bytes the body turned out to have (a chunked body is charged the cap up front). */
        void used(long size) {
            this.used = size;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (used < taken) {
                giveBack(taken - used);
            }
            reads.release();
        }
    }
}
