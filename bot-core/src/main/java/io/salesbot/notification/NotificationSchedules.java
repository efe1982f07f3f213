package io.salesbot.notification;

import io.salesbot.call.CallPeriod;
import io.salesbot.call.ForecastCallService;
import io.salesbot.forecast.Granularity;
import io.salesbot.workspace.Workspace;
import io.salesbot.workspace.Workspaces;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts due digests, reminders and the weekly forecast call's nudges and roll-up in the outbox. Each one is added with a dedupe key (subscription
 * or owner, and date) in the same transaction that records it as done, so two instances running
 * this at once still add it once; a database lock (ShedLock) keeps them from even trying.
 */
@Component
class NotificationSchedules {

    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final ChannelSubscriptions subscriptions;
    private final ForecastCallService calls;
    private final Workspaces workspaces;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NotificationSchedules(
            ChannelSubscriptions subscriptions,
            Workspaces workspaces,
            Outbox outbox,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            ForecastCallService calls) {
        this.subscriptions = subscriptions;
        this.calls = calls;
        this.workspaces = workspaces;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void enqueueDue() {
        Instant now = clock.instant();
        Map<Long, Workspace> byId = new HashMap<>();
        workspaces.findAll().forEach(workspace -> byId.put(workspace.getId(), workspace));
        // This runs every minute: one read finds what is due, and only that gets a transaction.
        for (ChannelSubscription subscription : subscriptions.findWithDigest()) {
            Workspace workspace = byId.get(subscription.getWorkspaceId());
            if (workspace != null && digestDue(subscription, now.atZone(workspace.zone()))) {
                transaction.executeWithoutResult(status -> digest(subscription.getId(), now));
            }
        }
        for (long workspaceId : workspacesWithReminderDue(byId, now)) {
            transaction.executeWithoutResult(status -> reminders(workspaceId, now));
        }
        for (long workspaceId : workspacesWithCallDue(byId, now)) {
            transaction.executeWithoutResult(status -> forecastCall(workspaceId, now));
        }
    }

    /** The workspaces whose weekly forecast call has a nudge or a roll-up due. */
    private List<Long> workspacesWithCallDue(Map<Long, Workspace> byId, Instant now) {
        List<Long> due = new ArrayList<>();
        jdbc.query(
                "SELECT workspace_id, call_day, call_time, last_nudge_on, last_rollup_on FROM forecast_call_schedule",
                rs -> {
                    Workspace workspace = byId.get(rs.getLong(1));
                    if (workspace != null && new CallTimes(rs, now.atZone(workspace.zone())).anythingDue()) {
                        due.add(workspace.getId());
                    }
                });
        return due;
    }

    /**
     * The weekly forecast call's nudges (to each rep who has not called for the quarter of the
     * call, {@link ForecastCallSchedules#NUDGE_BEFORE} before) and roll-up (to the channel, at the
     * time). The schedule's row is locked and re-read, and each step is recorded as done in the
     * transaction that queues it, so it is queued once however many instances try.
     */
    private void forecastCall(long workspaceId, Instant now) {
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow();
        List<Map.Entry<CallTimes, String>> found = jdbc.query(
                """
                SELECT workspace_id, call_day, call_time, last_nudge_on, last_rollup_on, channel_id
                FROM forecast_call_schedule WHERE workspace_id = ? FOR UPDATE""",
                (rs, i) -> Map.entry(new CallTimes(rs, now.atZone(workspace.zone())), rs.getString(6)),
                workspaceId);
        if (found.isEmpty()) {
            return; // stopped since the list was read
        }
        CallTimes times = found.get(0).getKey();
        String channel = found.get(0).getValue();
        if (times.nudgeDue()) {
            LocalDate on = times.nextNudge();
            CallPeriod period = CallPeriod.holding(Granularity.QUARTER, on);
            Notice nudge =
                    new Notice.ForecastCall(true, period.granularity().name(), period.start(), on.atTime(times.time()));
            for (String rep : calls.notCalled(workspaceId, period)) {
                outbox.enqueue(
                        workspaceId,
                        DeliveryTarget.member(rep),
                        "call-nudge:%d:%s:%s".formatted(workspaceId, rep, on),
                        nudge,
                        now);
            }
            jdbc.update(
                    "UPDATE forecast_call_schedule SET last_nudge_on = ? WHERE workspace_id = ?",
                    Date.valueOf(on),
                    workspaceId);
        }
        if (times.rollupDue()) {
            LocalDate on = times.lastCall();
            CallPeriod period = CallPeriod.holding(Granularity.QUARTER, on);
            outbox.enqueue(
                    workspaceId,
                    DeliveryTarget.channel(channel),
                    "call-rollup:%d:%s".formatted(workspaceId, on),
                    new Notice.ForecastCall(
                            false, period.granularity().name(), period.start(), on.atTime(times.time())),
                    now);
            jdbc.update(
                    "UPDATE forecast_call_schedule SET last_rollup_on = ? WHERE workspace_id = ?",
                    Date.valueOf(on),
                    workspaceId);
        }
    }

    /**
     * A weekly call's occurrences as of {@code local}: the latest call at or before now, and the
     * latest whose nudge time ({@link ForecastCallSchedules#NUDGE_BEFORE} earlier) has come.
     */
    private record CallTimes(
            LocalTime time, LocalDate lastCall, LocalDate nextNudge, LocalDate nudged, LocalDate rolledUp) {

        CallTimes(java.sql.ResultSet rs, ZonedDateTime local) throws java.sql.SQLException {
            this(
                    rs.getObject(3, LocalTime.class),
                    java.time.DayOfWeek.valueOf(rs.getString(2)),
                    local,
                    rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class));
        }

        private CallTimes(
                LocalTime time, java.time.DayOfWeek day, ZonedDateTime local, LocalDate nudged, LocalDate rolledUp) {
            this(
                    time,
                    Occurrences.latestWeekly(day, time, local),
                    Occurrences.latestWeekly(day, time, local.plus(ForecastCallSchedules.NUDGE_BEFORE)),
                    nudged,
                    rolledUp);
        }

        boolean nudgeDue() {
            // a nudge for a call already held is pointless: only the call still to come is nudged for
            return Occurrences.due(nextNudge, nudged) && nextNudge.isAfter(lastCall);
        }

        boolean rollupDue() {
            return Occurrences.due(lastCall, rolledUp);
        }

        boolean anythingDue() {
            return nudgeDue() || rollupDue();
        }
    }

    private static boolean digestDue(ChannelSubscription subscription, ZonedDateTime local) {
        LocalDate latest = Occurrences.latestWeekly(subscription.getDigestDay(), subscription.getDigestTime(), local);
        return Occurrences.due(latest, subscription.getLastDigestOn());
    }

    private List<Long> workspacesWithReminderDue(Map<Long, Workspace> byId, Instant now) {
        List<Long> due = new ArrayList<>();
        jdbc.query("SELECT id, last_reminder_on FROM workspace", rs -> {
            Workspace workspace = byId.get(rs.getLong(1));
            if (workspace == null) {
                return; // created after the list above was read: next minute
            }
            ZonedDateTime local = now.atZone(workspace.zone());
            if (!local.toLocalTime().isBefore(REMINDER_TIME)
                    && Occurrences.due(local.toLocalDate(), rs.getObject(2, LocalDate.class))) {
                due.add(workspace.getId());
            }
        });
        return due;
    }

    private void digest(long subscriptionId, Instant now) {
        ChannelSubscription subscription =
                subscriptions.findById(subscriptionId).orElse(null);
        if (subscription == null || subscription.getDigestDay() == null) {
            return;
        }
        Workspace workspace = workspaces.findById(subscription.getWorkspaceId()).orElseThrow();
        ZonedDateTime local = now.atZone(workspace.zone());
        LocalDate latest = Occurrences.latestWeekly(subscription.getDigestDay(), subscription.getDigestTime(), local);
        if (!Occurrences.due(latest, subscription.getLastDigestOn())) {
            return; // another instance sent it since the list was read
        }
        Instant since = subscription.getLastDigestOn() == null
                ? now.minus(Duration.ofDays(7))
                : subscription
                        .getLastDigestOn()
                        .atTime(subscription.getDigestTime())
                        .atZone(workspace.zone())
                        .toInstant();
        outbox.enqueue(
                workspace.getId(),
                DeliveryTarget.channel(subscription.getChannelId()),
                "digest:%d:%s".formatted(subscription.getId(), latest),
                new Notice.Digest(since),
                now);
        subscription.digestSent(latest);
        subscriptions.save(subscription);
    }

    private void reminders(long workspaceId, Instant now) {
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow();
        ZonedDateTime local = now.atZone(workspace.zone());
        if (local.toLocalTime().isBefore(REMINDER_TIME)) {
            return; // a missed day is not made up: today's reminder lists the same deals
        }
        LocalDate latest = local.toLocalDate();
        LocalDate lastHandled = jdbc.queryForObject(
                "SELECT last_reminder_on FROM workspace WHERE id = ? FOR UPDATE", LocalDate.class, workspaceId);
        if (!Occurrences.due(latest, lastHandled)) {
            return;
        }
        List<String> owners = jdbc.queryForList("""
                SELECT DISTINCT m.platform_user_id FROM opportunity o JOIN member m ON m.id = o.owner_id
                WHERE o.workspace_id = ? AND o.stage_kind = 'OPEN' AND o.expected_close_date < ?""", String.class, workspaceId, Date.valueOf(latest));
        for (String owner : owners) {
            outbox.enqueue(
                    workspaceId,
                    DeliveryTarget.member(owner),
                    "reminder:%d:%s:%s".formatted(workspaceId, owner, latest),
                    new Notice.Reminder(latest),
                    now);
        }
        jdbc.update("UPDATE workspace SET last_reminder_on = ? WHERE id = ?", Date.valueOf(latest), workspaceId);
    }
}
