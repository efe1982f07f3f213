package io.salesbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Remembers keys for a while so a repeat is noticed: Slack retries events it thinks we missed
 * ({@code X-Slack-Retry-Num}, same event id), and a double click sends the same button twice.
 * Memory of one instance is enough for the self-hosted case; the deal's version on every button
 * still turns a repeat that reaches another instance into a harmless conflict.
 */
public class RecentKeys {

    static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final Duration keep;
    private final Clock clock;

    /**
     * A sweep looks at every key, so it runs at most once in this long: keys live for the window
     * plus at most a tenth of it. Sweeping whenever the map was large made every call of a busy
     * instance scan it whole, since nothing in it had expired yet (10 minutes of commands at 200/s
     * are 120,000 keys): 22 % of the app's CPU under load (BENCHMARKS.md).
     */
    private final Duration sweepEvery;

    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);
    private final AtomicInteger sweeps = new AtomicInteger();

    public RecentKeys(Duration keep, Clock clock) {
        this.keep = keep;
        this.clock = clock;
        this.sweepEvery =
                keep.dividedBy(10).compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : keep.dividedBy(10);
    }

    /** True the first time a key is offered within the window; false for a repeat. */
    public boolean first(String key) {
        if (key == null) {
            return true;
        }
        Instant now = clock.instant();
        if (seen.size() > SWEEP_ABOVE) {
            sweepIfDue(now);
        }
        Instant[] fresh = {null};
        seen.compute(key, (k, at) -> {
            if (at == null || at.plus(keep).isBefore(now)) {
                fresh[0] = now;
                return now;
            }
            return at;
        });
        return fresh[0] != null;
    }

    /** Whether the key was offered within the window, without offering it. */
    public boolean recent(String key) {
        Instant at = key == null ? null : seen.get(key);
        return at != null && !at.plus(keep).isBefore(clock.instant());
    }

    /** Remembers a key from now on, whether or not it was recent (a window that starts again). */
    public void renew(String key) {
        if (key != null) {
            seen.put(key, clock.instant());
        }
    }

    /** Forgets a key, e.g. when the first attempt failed and a retry should be allowed. */
    public void forget(String key) {
        if (key != null) {
            seen.remove(key);
        }
    }

    /** How many keys are remembered now (expired ones included until the next sweep). */
    int size() {
        return seen.size();
    }

    /** How many sweeps have run. */
    int sweeps() {
        return sweeps.get();
    }

    private void sweepIfDue(Instant now) {
        Instant due = nextSweep.get();
        // One caller wins the due sweep; the others go on without waiting for it.
        if (!now.isBefore(due) && nextSweep.compareAndSet(due, now.plus(sweepEvery))) {
            sweep(now);
        }
    }

    private void sweep(Instant now) {
        sweeps.incrementAndGet();
        for (Iterator<Instant> it = seen.values().iterator(); it.hasNext(); ) {
            if (it.next().plus(keep).isBefore(now)) {
                it.remove();
            }
        }
    }
}
