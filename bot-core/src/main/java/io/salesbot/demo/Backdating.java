package io.salesbot.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves a sample deal's timestamps into the past: created {@code daysAgo} days ago, its history
 * spread evenly from then to now (or to the day it closed). Only the demo does this; real history
 * is never rewritten.
 */
@Component
class Backdating {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Backdating(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void backdate(long workspaceId, int number, int daysAgo, LocalDate closedOn) {
        Instant now = clock.instant();
        Instant created = now.minus(Duration.ofDays(daysAgo));
        Instant last = closedOn == null
                ? now.minus(Duration.ofDays(Math.min(daysAgo, 3)))
                : closedOn.atTime(15, 0).toInstant(java.time.ZoneOffset.ofHours(7));
        if (last.isBefore(created)) {
            last = created;
        }
        Long id = jdbc.queryForObject(
                "SELECT id FROM opportunity WHERE workspace_id = ? AND number = ?", Long.class, workspaceId, number);
        List<Long> changes = jdbc.queryForList(
                "SELECT id FROM opportunity_change WHERE opportunity_id = ? ORDER BY id", Long.class, id);
        long step = changes.size() <= 1 ? 0 : Duration.between(created, last).toMillis() / (changes.size() - 1);
        for (int i = 0; i < changes.size(); i++) {
            jdbc.update(
                    "UPDATE opportunity_change SET changed_at = ? WHERE id = ?",
                    Timestamp.from(created.plusMillis(step * i)),
                    changes.get(i));
        }
        jdbc.update(
                """
                UPDATE opportunity SET created_at = ?, updated_at = ?,
                       closed_at = CASE WHEN closed_at IS NULL THEN NULL ELSE ? END,
                       expected_close_date = COALESCE(?, expected_close_date)
                WHERE id = ?""",
                Timestamp.from(created),
                Timestamp.from(last),
                Timestamp.from(last),
                closedOn == null ? null : Date.valueOf(closedOn),
                id);
    }
}
