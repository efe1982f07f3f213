package io.salesbot.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox table. Rows are added in the transaction of their cause; a row's dedupe key makes a
 * second add of the same notification (a retried request, a second scheduler) a no-op. Workers
 * claim one due row at a time with {@code FOR UPDATE SKIP LOCKED}, so concurrent workers (in one
 * JVM or many) pass each other by instead of sending a row twice.
 */
@Component
public class Outbox {

    private static final String COLUMNS =
            "id, workspace_id, kind, target_kind, target_id, payload, status, attempts, last_error, created_at";

    private final JdbcTemplate jdbc;
    private volatile Consumer<DeliveryTarget.Kind> afterCommit = added -> {};

    Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to run once a transaction that added rows has committed (the worker's wake-up), told
     * what kind of target the row is for: only a direct message needs the DM senders.
     */
    void afterCommit(Consumer<DeliveryTarget.Kind> wakeUp) {
        this.afterCommit = wakeUp;
    }

    /** Adds a notification unless one with the same dedupe key exists; true when added. */
    public boolean enqueue(long workspaceId, DeliveryTarget target, String dedupeKey, Notice notice, Instant now) {
        return enqueue(workspaceId, target, dedupeKey, notice, now, now);
    }

    /**
     * {@link #enqueue}, held until {@code notBefore} (a member's quiet hours): the worker does not
     * claim the row earlier.
     */
    public boolean enqueue(
            long workspaceId, DeliveryTarget target, String dedupeKey, Notice notice, Instant now, Instant notBefore) {
        try {
            jdbc.update(
                    """
                    INSERT INTO outbox (workspace_id, kind, target_kind, target_id, dedupe_key, payload, status,
                                        attempts, next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""",
                    workspaceId,
                    notice.kind().name(),
                    target.kind().name(),
                    target.id(),
                    dedupeKey,
                    NoticeJson.write(notice),
                    Timestamp.from(notBefore),
                    Timestamp.from(now));
        } catch (DuplicateKeyException alreadyQueued) {
            // Not "ON DUPLICATE KEY UPDATE": MariaDB's driver reports found rows, so a duplicate
            // would count as added. A failed INSERT undoes only itself; the transaction goes on.
            return false;
        }
        wakeWorkerAfterCommit(target.kind());
        return true;
    }

    /**
     * The worker may only see the row once the cause's transaction commits, so the wake-up waits
     * for that; outside a transaction the row is already visible.
     */
    private void wakeWorkerAfterCommit(DeliveryTarget.Kind added) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            afterCommit.accept(added);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                Outbox.this.afterCommit.accept(added);
            }
        });
    }

    /**
     * Locks the oldest due pending rows, at most {@code most}, for the current transaction,
     * skipping rows others hold: fewer than {@code most} means no other row was due and free.
     */
    List<OutboxRow> claimDue(Instant now, int most) {
        return jdbc.query("SELECT " + COLUMNS + """
                 FROM outbox
                WHERE status = 'PENDING' AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id
                LIMIT ?
                FOR UPDATE SKIP LOCKED""", (rs, i) -> row(rs), Timestamp.from(now), most);
    }

    /**
     * The next due direct message, leased until {@code until} (its next attempt moved there, so no
     * other sender takes it once this transaction commits): what a sender sends without holding a
     * connection while the platform answers.
     */
    Optional<OutboxRow> leaseNextDirectMessage(Instant now, Instant until) {
        Optional<OutboxRow> next =
                jdbc.query("SELECT " + COLUMNS + """
                 FROM outbox
                WHERE status = 'PENDING' AND next_attempt_at <= ? AND target_kind = 'MEMBER'
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED""", (rs, i) -> row(rs), Timestamp.from(now)).stream()
                        .findFirst();
        next.ifPresent(row ->
                jdbc.update("UPDATE outbox SET next_attempt_at = ? WHERE id = ?", Timestamp.from(until), row.id()));
        return next;
    }

    void markSent(long id, int attempts, Instant now) {
        jdbc.update(
                "UPDATE outbox SET status = 'SENT', attempts = ?, sent_at = ?, last_error = NULL WHERE id = ?",
                attempts,
                Timestamp.from(now),
                id);
    }

    void retryLater(long id, int attempts, Instant next, String error) {
        jdbc.update(
                "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                attempts,
                Timestamp.from(next),
                clip(error),
                id);
    }

    void markFailed(long id, int attempts, String error) {
        jdbc.update(
                "UPDATE outbox SET status = 'FAILED', attempts = ?, last_error = ? WHERE id = ?",
                attempts,
                clip(error),
                id);
    }

    /** How many rows of the workspace are pending, sent and failed. */
    public Map<String, Long> counts(long workspaceId) {
        Map<String, Long> counts = new java.util.TreeMap<>(Map.of("PENDING", 0L, "SENT", 0L, "FAILED", 0L));
        jdbc.query(
                "SELECT status, COUNT(*) FROM outbox WHERE workspace_id = ? GROUP BY status",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                },
                workspaceId);
        return counts;
    }

    /** Every workspace's backlog at {@code now}, for the health check. */
    public Backlog backlog(Instant now) {
        return jdbc.queryForObject(
                """
                SELECT SUM(status = 'PENDING'), SUM(status = 'FAILED'),
                       MIN(CASE WHEN status = 'PENDING' AND next_attempt_at <= ? THEN next_attempt_at END)
                FROM outbox WHERE status IN ('PENDING', 'FAILED')""",
                (rs, i) -> {
                    Timestamp oldestDue = rs.getTimestamp(3);
                    return new Backlog(rs.getLong(1), rs.getLong(2), oldestDue == null ? null : oldestDue.toInstant());
                },
                Timestamp.from(now));
    }

    /** Rows waiting and rows given up on; {@code oldestDue} is null when nothing is due. */
    public record Backlog(long pending, long failed, Instant oldestDue) {}

    public List<OutboxRow> failed(long workspaceId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM outbox WHERE workspace_id = ? AND status = 'FAILED'"
                        + " ORDER BY id DESC LIMIT 20",
                (rs, i) -> row(rs),
                workspaceId);
    }

    /** Puts the workspace's failed rows back in line, from the first attempt. */
    public int retryFailed(long workspaceId, Instant now) {
        return jdbc.update(
                "UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?"
                        + " WHERE workspace_id = ? AND status = 'FAILED'",
                Timestamp.from(now),
                workspaceId);
    }

    private static OutboxRow row(ResultSet rs) throws SQLException {
        return new OutboxRow(
                rs.getLong("id"),
                rs.getLong("workspace_id"),
                new DeliveryTarget(DeliveryTarget.Kind.valueOf(rs.getString("target_kind")), rs.getString("target_id")),
                NoticeJson.read(NotificationKind.valueOf(rs.getString("kind")), rs.getString("payload")),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static String clip(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 999) + "…";
    }
}
