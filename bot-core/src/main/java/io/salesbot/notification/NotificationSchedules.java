package io.salesbot.notification;

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
 * Puts due digests and reminders in the outbox. Each one is added with a dedupe key (subscription
 * or owner, and date) in the same transaction that records it as done, so two instances running
 * this at once still add it once; a database lock (ShedLock) keeps them from even trying.
 */
@Component
class NotificationSchedules {

    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final ChannelSubscriptions subscriptions;
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
            Clock clock) {
        this.subscriptions = subscriptions;
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
