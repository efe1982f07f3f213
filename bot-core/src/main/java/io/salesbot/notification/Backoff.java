package io.salesbot.notification;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try a failed notification again: exponential (base × 2^(attempt−1), capped), with up to
 * half of it added at random so a burst of failures does not retry in lockstep.
 */
record Backoff(Duration base, Duration cap, RandomGenerator random) {

    Duration after(int attempt) {
        long exponential = base.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(exponential, cap.toMillis());
        long jitter = capped <= 1 ? 0 : random.nextLong(capped / 2 + 1);
        return Duration.ofMillis(capped + jitter);
    }
}
