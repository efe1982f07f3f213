package io.salesbot.notification;

import io.salesbot.task.TaskService;
import io.salesbot.task.TaskView;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a DM to its owner in the outbox for every task that has fallen due since the last run. The
 * run looks from where the last one stopped ({@code reminder_cursor}, locked while it runs) to now,
 * so a task that fell due while no instance ran is still reminded of; the dedupe key (task and due
 * moment) makes a second run or instance add nothing, while a snoozed task, due again later, gets
 * a DM again. A member with quiet hours on gets it at the next allowed minute of their own zone.
 */
@Component
class DueTaskReminders {

    static final String CURSOR = "task-due";
    /** How far back the very first run looks: tasks due before the feature existed are not news. */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    private final TaskService tasks;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final OutboxSettings settings;
    private final LockingTaskExecutor locks;

    DueTaskReminders(
            TaskService tasks,
            Outbox outbox,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            OutboxSettings settings,
            LockingTaskExecutor locks) {
        this.settings = settings;
        this.locks = locks;
        this.tasks = tasks;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Every minute, on one instance at a time (the cursor's lock would keep a second one out anyway). */
    @Scheduled(fixedDelayString = "60s", initialDelayString = "7s")
    void schedule() {
        if (settings.enabled()) {
            locks.executeWithLock(
                    (Runnable) this::enqueueDue,
                    new LockConfiguration(
                            clock.instant(), "task-due-reminders", Duration.ofMinutes(5), Duration.ofSeconds(30)));
        }
    }

    /** Queues the DMs of the tasks due since the last run; returns how many it added. */
    int enqueueDue() {
        Instant now = clock.instant();
        // Its own statement, committed before the lock is taken: a duplicate-key insert holds a
        // shared lock, and two instances upgrading theirs to FOR UPDATE would deadlock.
        jdbc.update(
                "INSERT IGNORE INTO reminder_cursor (name, reached_at) VALUES (?, ?)",
                CURSOR,
                Timestamp.from(now.minus(FIRST_LOOK_BACK)));
        Integer added = transaction.execute(status -> enqueueLocked(now));
        return added == null ? 0 : added;
    }

    private int enqueueLocked(Instant now) {
        Instant from = jdbc.queryForObject(
                        "SELECT reached_at FROM reminder_cursor WHERE name = ? FOR UPDATE", Timestamp.class, CURSOR)
                .toInstant();
        // due "now" includes this whole second: the next run starts after it
        Instant to = now.plusSeconds(1);
        if (!from.isBefore(to)) {
            return 0; // an instance that read a later clock has looked already
        }
        int added = 0;
        for (TaskView task : tasks.dueBetween(from, to)) {
            MemberClock owner = owner(task);
            Instant lands = owner.quietHours() ? QuietHours.nextAllowed(now, owner.zone()) : now;
            Notice notice = new Notice.TaskDue(
                    task.number(),
                    task.text(),
                    task.dueAt(),
                    task.due() != null && task.due().hasTime(),
                    task.dealNumber(),
                    task.dealName());
            if (outbox.enqueue(
                    task.workspaceId(),
                    DeliveryTarget.member(task.ownerUserId()),
                    "task-due:%d:%d:%d"
                            .formatted(
                                    task.workspaceId(),
                                    task.number(),
                                    task.dueAt().getEpochSecond()),
                    notice,
                    now,
                    lands)) {
                added++;
            }
        }
        jdbc.update("UPDATE reminder_cursor SET reached_at = ? WHERE name = ?", Timestamp.from(to), CURSOR);
        return added;
    }

    private MemberClock owner(TaskView task) {
        List<MemberClock> found = jdbc.query(
                """
                SELECT COALESCE(m.time_zone, w.time_zone), m.quiet_hours
                FROM member m JOIN workspace w ON w.id = m.workspace_id
                WHERE m.workspace_id = ? AND m.id = ?""",
                (rs, i) -> new MemberClock(ZoneId.of(rs.getString(1)), rs.getBoolean(2)),
                task.workspaceId(),
                task.ownerId());
        return found.isEmpty() ? new MemberClock(ZoneId.of("UTC"), false) : found.get(0);
    }

    private record MemberClock(ZoneId zone, boolean quietHours) {}
}
