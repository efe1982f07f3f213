package io.salesbot.notification;

import io.salesbot.task.TaskService;
import io.salesbot.task.TaskView;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
    private final SingleInstanceJobs jobs;

    DueTaskReminders(
            TaskService tasks,
            Outbox outbox,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            SingleInstanceJobs jobs) {
        this.jobs = jobs;
        this.tasks = tasks;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * At the start of every minute (a second into it, so what is due at the minute is counted), on
     * one instance at a time (the cursor's lock would keep a second one out anyway): a task due at
     * 14:00 is queued at 14:00:01, not up to a minute later.
     */
    @Scheduled(cron = "1 * * * * *")
    void schedule() {
        jobs.run("task-due-reminders", Duration.ofMinutes(5), this::enqueueDue);
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
        List<TaskView> due = tasks.dueBetween(from, to);
        Map<Long, MemberClock> owners = owners(due);
        for (TaskView task : due) {
            MemberClock owner = owners.getOrDefault(task.ownerId(), MemberClock.UNKNOWN);
            Instant lands = lands(task, owner, now);
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

    /**
     * When the DM may land: a timed task at its moment; a task due on a day, with no time, not
     * before the start of the working morning ({@link QuietHours#START}) of that day, so nobody
     * is told at midnight; either held through the owner's quiet hours when they keep them.
     */
    static Instant lands(TaskView task, MemberClock owner, Instant now) {
        Instant earliest = now;
        if (task.due() != null && !task.due().hasTime()) {
            Instant morning = task.due()
                    .day()
                    .atTime(QuietHours.START)
                    .atZone(owner.zone())
                    .toInstant();
            earliest = morning.isAfter(now) ? morning : now;
        }
        return owner.quietHours() ? QuietHours.nextAllowed(earliest, owner.zone()) : earliest;
    }

    /** The clock of every owner of {@code due}, read at once: a thousand tasks due in one minute is one query. */
    private Map<Long, MemberClock> owners(List<TaskView> due) {
        List<Long> ids = due.stream().map(TaskView::ownerId).distinct().toList();
        Map<Long, MemberClock> clocks = new HashMap<>();
        for (int from = 0; from < ids.size(); from += OWNERS_PER_QUERY) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + OWNERS_PER_QUERY));
            jdbc.query(
                    """
                    SELECT m.id, COALESCE(m.time_zone, w.time_zone), m.quiet_hours
                    FROM member m JOIN workspace w ON w.id = m.workspace_id
                    WHERE m.id IN (%s)""".formatted(String.join(",", java.util.Collections.nCopies(some.size(), "?"))),
                    (RowCallbackHandler) rs ->
                            clocks.put(rs.getLong(1), new MemberClock(ZoneId.of(rs.getString(2)), rs.getBoolean(3))),
                    some.toArray());
        }
        return clocks;
    }

    private static final int OWNERS_PER_QUERY = 1000;

    record MemberClock(ZoneId zone, boolean quietHours) {
        static final MemberClock UNKNOWN = new MemberClock(ZoneId.of("UTC"), false);
    }
}
