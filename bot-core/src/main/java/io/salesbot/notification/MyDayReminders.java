package io.salesbot.notification;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts each member's morning "my day" DM in the outbox once their own clock passes their chosen
 * time ({@code member.my_day_at}, 09:00 unless moved; null is off), on working days of their zone.
 * Once a day each: the member's row records the local day it went out for ({@code last_my_day_on}),
 * claimed by a conditional update in the same transaction as the outbox row, and the outbox's dedupe
 * key (member and day) keeps a second instance from adding another. A morning missed while no
 * instance ran still goes out within {@link #LATE_BY} of its time; after that (a member first seen
 * in the evening) it is not sent, though a member who moves their time later that day gets it then.
 */
@Component
class MyDayReminders {

    /** How late a morning DM may still go out: an instance restarted mid-morning still sends it. */
    static final Duration LATE_BY = Duration.ofHours(3);

    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SingleInstanceJobs jobs;

    MyDayReminders(
            Outbox outbox,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            SingleInstanceJobs jobs) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.jobs = jobs;
    }

    /** Every minute, on one instance at a time (the per-member claim would keep a second one out anyway). */
    @Scheduled(fixedDelayString = "60s", initialDelayString = "11s")
    void schedule() {
        jobs.run("my-day-reminders", Duration.ofMinutes(5), this::enqueueDue);
    }

    /** Queues the "my day" of every member whose morning has come; returns how many it added. */
    int enqueueDue() {
        Instant now = clock.instant();
        // No zone is ahead of UTC by a day or more: a member who already had the latest local day
        // there can be has nothing to wait for.
        LocalDate latestLocalDay = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        List<Candidate> candidates = jdbc.query(
                """
                SELECT m.id, m.workspace_id, m.platform_user_id, COALESCE(m.time_zone, w.time_zone), m.my_day_at
                FROM member m JOIN workspace w ON w.id = m.workspace_id
                WHERE m.my_day_at IS NOT NULL AND (m.last_my_day_on IS NULL OR m.last_my_day_on < ?)""",
                (rs, i) -> new Candidate(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        ZoneId.of(rs.getString(4)),
                        rs.getObject(5, LocalTime.class)),
                Date.valueOf(latestLocalDay));
        int added = 0;
        for (Candidate member : candidates) {
            LocalDate day = member.morningReached(now);
            if (day == null) {
                continue;
            }
            if (!now.isBefore(
                    day.atTime(member.at()).atZone(member.zone()).toInstant().plus(LATE_BY))) {
                continue; // no longer news; not claimed, so a time moved later today still gets it
            }
            if (Boolean.TRUE.equals(transaction.execute(status -> claimAndQueue(member, day, now)))) {
                added++;
            }
        }
        return added;
    }

    private boolean claimAndQueue(Candidate member, LocalDate day, Instant now) {
        int claimed = jdbc.update(
                "UPDATE member SET last_my_day_on = ? WHERE id = ? AND (last_my_day_on IS NULL OR last_my_day_on < ?)",
                Date.valueOf(day),
                member.id(),
                Date.valueOf(day));
        if (claimed == 0) {
            return false; // another instance sent this day's
        }
        return outbox.enqueue(
                member.workspaceId(),
                DeliveryTarget.member(member.userId()),
                "my-day:%d:%d:%s".formatted(member.workspaceId(), member.id(), day),
                new Notice.MyDay(day, member.id(), member.zone().getId()),
                now);
    }

    private record Candidate(long id, long workspaceId, String userId, ZoneId zone, LocalTime at) {

        /** The member's local day when {@code now} is at or after their time on a working day, else null. */
        LocalDate morningReached(Instant now) {
            ZonedDateTime local = now.atZone(zone);
            if (QuietHours.weekend(local) || local.toLocalTime().isBefore(at)) {
                return null;
            }
            return local.toLocalDate();
        }
    }
}
