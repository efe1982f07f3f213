package io.salesbot.notification;

import io.salesbot.forecast.PipelineReport;
import io.salesbot.forecast.Staleness;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stale deals escalate. A deal idle past its stage's limit ({@code /salesbot stages limit}; 14 days
 * without a change where the stage has none) is told to its owner; idle {@link #ESCALATE_AFTER} more,
 * to the workspace's managers (its admins where it has none). An owner who snoozed the deal
 * ({@code /opp snooze}) hears nothing until the snooze ends, and from then on the clock starts
 * again; a manager due an escalation meanwhile hears the owner's reason instead.
 *
 * <p>Each message is keyed by the deal's idle episode (the moment it went idle, and the snooze),
 * so every run and instance adds it once, and a deal that goes idle again later is told again.
 * Recipients with quiet hours get theirs at their next allowed minute.
 */
@Component
class StaleDealAlerts {

    /** How long after the owner was told an idle deal goes to the managers. */
    static final Duration ESCALATE_AFTER = Duration.ofDays(7);

    private static final int KEYS_PER_QUERY = 500;

    private final Outbox outbox;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final SingleInstanceJobs jobs;

    StaleDealAlerts(Outbox outbox, NamedParameterJdbcTemplate jdbc, Clock clock, SingleInstanceJobs jobs) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
        this.jobs = jobs;
    }

    /** Every quarter of an hour, on one instance at a time. */
    @Scheduled(fixedDelayString = "15m", initialDelayString = "17s")
    void schedule() {
        jobs.run("stale-deal-alerts", Duration.ofMinutes(10), this::enqueueDue);
    }

    /** Queues what is due about every idle deal; returns how many messages it added. */
    int enqueueDue() {
        Instant now = clock.instant();
        List<Alert> due = new ArrayList<>();
        Map<Long, List<Recipient>> managers = new HashMap<>();
        for (IdleDeal deal : idleDeals(now)) {
            deal.alerts(now, managers.computeIfAbsent(deal.workspaceId(), this::managers), due);
        }
        Set<String> known = alreadyQueued(due.stream().map(Alert::key).toList());
        int added = 0;
        for (Alert alert : due) {
            if (!known.contains(alert.key())
                    && outbox.enqueue(
                            alert.workspaceId(),
                            DeliveryTarget.member(alert.to().userId()),
                            alert.key(),
                            alert.notice(),
                            now,
                            alert.to().lands(now))) {
                added++;
            }
        }
        return added;
    }

    /** Open deals past their stage's limit (or idle 14 days where it has none), snoozed or not. */
    private List<IdleDeal> idleDeals(Instant now) {
        return jdbc.query(
                """
                SELECT o.workspace_id, o.number, o.name, m.display_name, m.platform_user_id,
                       COALESCE(m.time_zone, w.time_zone), m.quiet_hours, %s, %s, o.snoozed_until, o.snooze_reason
                FROM opportunity o
                JOIN stage s ON s.id = o.stage_id
                JOIN member m ON m.id = o.owner_id
                JOIN workspace w ON w.id = o.workspace_id
                WHERE o.stage_kind = 'OPEN' AND %s <= :now""".formatted(Staleness.IDLE_SINCE, Staleness.ALLOWED_DAYS, Staleness.STALE_AT),
                new MapSqlParameterSource("days", PipelineReport.STALE_DAYS).addValue("now", Timestamp.from(now)),
                (rs, i) -> new IdleDeal(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        new Recipient(rs.getString(5), rs.getString(4), ZoneId.of(rs.getString(6)), rs.getBoolean(7)),
                        rs.getTimestamp(8).toInstant(),
                        rs.getInt(9),
                        rs.getObject(10, LocalDate.class),
                        rs.getString(11)));
    }

    /** Who hears an escalation: the managers, or the admins of a workspace without managers. */
    private List<Recipient> managers(long workspaceId) {
        List<Recipient> managers = new ArrayList<>();
        List<Recipient> admins = new ArrayList<>();
        jdbc.query("""
                SELECT m.platform_user_id, m.display_name, COALESCE(m.time_zone, w.time_zone), m.quiet_hours, m.role
                FROM member m JOIN workspace w ON w.id = m.workspace_id
                WHERE m.workspace_id = :ws AND m.role IN ('MANAGER', 'ADMIN')
                ORDER BY m.id""", new MapSqlParameterSource("ws", workspaceId), (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                    Recipient one = new Recipient(
                            rs.getString(1), rs.getString(2), ZoneId.of(rs.getString(3)), rs.getBoolean(4));
                    ("MANAGER".equals(rs.getString(5)) ? managers : admins).add(one);
                });
        return managers.isEmpty() ? admins : managers;
    }

    private Set<String> alreadyQueued(List<String> keys) {
        Set<String> known = new HashSet<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            List<String> some = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
            known.addAll(jdbc.queryForList(
                    "SELECT dedupe_key FROM outbox WHERE dedupe_key IN (:keys)",
                    new MapSqlParameterSource("keys", some),
                    String.class));
        }
        return known;
    }

    /** A member who may be told, with their clock. */
    record Recipient(String userId, String name, ZoneId zone, boolean quietHours) {
        Instant lands(Instant now) {
            return quietHours ? QuietHours.nextAllowed(now, zone) : now;
        }
    }

    private record Alert(long workspaceId, Recipient to, String key, Notice notice) {}

    private record IdleDeal(
            long workspaceId,
            int number,
            String name,
            Recipient owner,
            Instant idleSince,
            int allowedDays,
            LocalDate snoozedUntil,
            String snoozeReason) {

        /** What is due about this deal at {@code now}, added to {@code due}. */
        void alerts(Instant now, List<Recipient> managers, List<Alert> due) {
            Instant stale = idleSince.plus(Duration.ofDays(allowedDays));
            Instant snoozeEnds = snoozedUntil == null
                    ? Instant.MIN
                    : snoozedUntil.atStartOfDay(owner.zone()).toInstant();
            boolean snoozed = now.isBefore(snoozeEnds);
            // the owner is told when it went stale, or when their snooze ended; managers a week later
            Instant ownerTold = stale.isAfter(snoozeEnds) ? stale : snoozeEnds;
            String episode = "%d:%d:%d:%s"
                    .formatted(
                            workspaceId, number, idleSince.getEpochSecond(), snoozedUntil == null ? "-" : snoozedUntil);
            if (!snoozed && !now.isBefore(ownerTold)) {
                due.add(new Alert(workspaceId, owner, "stale:owner:" + episode, notice(false, false)));
            }
            boolean escalating =
                    snoozed ? !now.isBefore(stale.plus(ESCALATE_AFTER)) : !now.isBefore(ownerTold.plus(ESCALATE_AFTER));
            if (escalating) {
                String kind = snoozed ? "stale:snoozed:" : "stale:manager:";
                for (Recipient manager : managers) {
                    if (!manager.userId().equals(owner.userId())) {
                        due.add(new Alert(
                                workspaceId, manager, kind + episode + ":" + manager.userId(), notice(true, snoozed)));
                    }
                }
            }
        }

        private Notice notice(boolean escalated, boolean snoozed) {
            return new Notice.StaleDeal(
                    number,
                    name,
                    owner.name(),
                    owner.userId(),
                    idleSince,
                    escalated,
                    snoozed ? snoozedUntil : null,
                    snoozed ? snoozeReason : null);
        }
    }
}
