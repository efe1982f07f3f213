package io.salesbot.notification;

import io.salesbot.workspace.Workspaces;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs the outbox worker every {@code salesbot.outbox.poll} and the digest and reminder schedules
 * every minute, on every instance; the database decides who does what (row claims, ShedLock).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxSettings.class)
class NotificationConfiguration {

    @Bean(destroyMethod = "stop")
    OutboxWorker outboxWorker(
            Outbox outbox,
            Workspaces workspaces,
            io.salesbot.workspace.Members members,
            NotificationComposer composer,
            List<ChatNotifier> notifiers,
            PlatformTransactionManager transactions,
            OutboxSettings settings,
            NotificationMetrics metrics,
            Clock clock) {
        return new OutboxWorker(
                outbox, workspaces, members, composer, notifiers, transactions, settings, metrics, clock);
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }

    @Bean
    Ticker notificationTicker(
            OutboxWorker worker,
            NotificationSchedules schedules,
            LockingTaskExecutor locks,
            OutboxSettings settings,
            Clock clock,
            Outbox outbox) {
        Ticker ticker = new Ticker(worker, schedules, locks, settings, clock);
        outbox.afterCommit(ticker::wake);
        return ticker;
    }

    /** The two clocks of the notification system, off when {@code salesbot.outbox.enabled=false}. */
    static final class Ticker {

        private final OutboxWorker worker;
        private final NotificationSchedules schedules;
        private final LockingTaskExecutor locks;
        private final OutboxSettings settings;
        private final Clock clock;
        private final AtomicBoolean waking = new AtomicBoolean();
        private final AtomicBoolean directMessageAdded = new AtomicBoolean();
        private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-wake-up");
            thread.setDaemon(true);
            return thread;
        });
        // The extra direct-message senders of both clocks (the poll and a wake-up may run at once).
        private final ExecutorService senders = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "outbox-dm-sender");
            thread.setDaemon(true);
            return thread;
        });

        Ticker(
                OutboxWorker worker,
                NotificationSchedules schedules,
                LockingTaskExecutor locks,
                OutboxSettings settings,
                Clock clock) {
            this.worker = worker;
            this.schedules = schedules;
            this.locks = locks;
            this.settings = settings;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${salesbot.outbox.poll:1s}", initialDelayString = "${salesbot.outbox.poll:1s}")
        void deliver() {
            if (settings.enabled()) {
                worker.deliverDue(senders, settings.directMessageSenders());
            }
        }

        /**
         * A new notification was committed: deliver now rather than at the next poll. One wake-up
         * runs at a time and a burst of them collapses into one run; the poll remains the safety net.
         * Only a direct message calls in a DM sender: a channel post's wake-up used to start one
         * too, which took a connection and a transaction to find no DM, for every stage move.
         */
        void wake(DeliveryTarget.Kind added) {
            if (!settings.enabled()) {
                return;
            }
            if (added == DeliveryTarget.Kind.MEMBER) {
                directMessageAdded.set(true);
            }
            if (waking.compareAndSet(false, true)) {
                wakeUps.execute(() -> {
                    waking.set(false);
                    // Read after clearing waking: a DM added from here on wakes a run of its own.
                    if (directMessageAdded.getAndSet(false)) {
                        worker.deliverDue(senders, settings.directMessageSenders());
                    } else {
                        worker.deliverDue();
                    }
                });
            }
        }

        /** Spring calls this on shutdown (an inferred destroy method): no wake-up starts after it. */
        public void shutdown() {
            wakeUps.shutdownNow();
            senders.shutdownNow();
        }

        @Scheduled(fixedDelayString = "60s", initialDelayString = "5s")
        void schedule() {
            if (settings.enabled()) {
                locks.executeWithLock(
                        (Runnable) schedules::enqueueDue,
                        new LockConfiguration(
                                clock.instant(),
                                "notification-schedules",
                                Duration.ofMinutes(5),
                                Duration.ofSeconds(30)));
            }
        }
    }
}
