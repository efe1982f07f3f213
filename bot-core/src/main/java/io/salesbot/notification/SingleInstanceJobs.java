package io.salesbot.notification;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job of the notification system on one instance at a time, and only on an
 * instance that delivers notifications ({@code salesbot.outbox.enabled}): the reminder and alert
 * schedules each call {@link #run} from their {@code @Scheduled} method.
 */
@Component
class SingleInstanceJobs {

    private static final Duration HELD_AT_LEAST = Duration.ofSeconds(30);

    private final LockingTaskExecutor locks;
    private final OutboxSettings settings;
    private final Clock clock;

    SingleInstanceJobs(LockingTaskExecutor locks, OutboxSettings settings, Clock clock) {
        this.locks = locks;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs {@code job} under the lock {@code name}, given up after {@code atMostFor} if its instance died. */
    void run(String name, Duration atMostFor, Runnable job) {
        if (settings.enabled()) {
            locks.executeWithLock(job, new LockConfiguration(clock.instant(), name, atMostFor, HELD_AT_LEAST));
        }
    }
}
