package io.salesbot.task;

import io.salesbot.values.Due;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads tasks with their deal and owner in one query each, for lists and reminders. */
@Component
class TaskRows {

    private static final String COLUMNS = """
            SELECT t.workspace_id, t.number, t.text, o.number AS deal_number, o.name AS deal_name, t.owner_id,
                   m.display_name, m.platform_user_id, t.due_on, t.due_time, t.due_zone, t.due_at, t.overdue_at,
                   t.done_at
            FROM task t
            JOIN member m ON m.id = t.owner_id
            LEFT JOIN opportunity o ON o.id = t.opportunity_id
            """;

    // Late first, then by when they fall due; tasks without a day last.
    private static final String ORDER = " ORDER BY t.overdue_at IS NULL, t.overdue_at, t.number";

    private final NamedParameterJdbcTemplate jdbc;

    TaskRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Open tasks of a workspace: of {@code ownerId} (null: everyone's), late at {@code lateBy} (null:
     * any), falling due before {@code dueBefore} (null: any); the first {@code limit} and the count.
     */
    Page open(long workspaceId, Long ownerId, Instant lateBy, Instant dueBefore, int limit, Instant now) {
        StringBuilder where = new StringBuilder(" WHERE t.workspace_id = :ws AND t.done_at IS NULL");
        MapSqlParameterSource params = new MapSqlParameterSource("ws", workspaceId).addValue("limit", limit);
        if (ownerId != null) {
            where.append(" AND t.owner_id = :owner");
            params.addValue("owner", ownerId);
        }
        if (lateBy != null) {
            where.append(" AND t.overdue_at <= :lateBy");
            params.addValue("lateBy", Timestamp.from(lateBy));
        }
        if (dueBefore != null) {
            where.append(" AND t.due_at < :dueBefore");
            params.addValue("dueBefore", Timestamp.from(dueBefore));
        }
        List<TaskView> shown = jdbc.query(COLUMNS + where + ORDER + " LIMIT :limit", params, (rs, i) -> view(rs, now));
        long total = shown.size() < limit
                ? shown.size()
                : jdbc.queryForObject("SELECT COUNT(*) FROM task t" + where, params, Long.class);
        return new Page(shown, total);
    }

    /** One task of a workspace, open or done. */
    TaskView one(long workspaceId, int number, Instant now) {
        return jdbc.query(
                        COLUMNS + " WHERE t.workspace_id = :ws AND t.number = :number",
                        new MapSqlParameterSource("ws", workspaceId).addValue("number", number),
                        (rs, i) -> view(rs, now))
                .get(0);
    }

    /** Open tasks of every workspace falling due in [from, to), by when they fall due. */
    List<TaskView> dueBetween(Instant from, Instant to, Instant now) {
        return jdbc.query(
                COLUMNS + " WHERE t.done_at IS NULL AND t.due_at >= :from AND t.due_at < :to ORDER BY t.due_at, t.id",
                new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to)),
                (rs, i) -> view(rs, now));
    }

    record Page(List<TaskView> tasks, long total) {}

    private static TaskView view(ResultSet rs, Instant now) throws SQLException {
        LocalDate day = rs.getObject("due_on", LocalDate.class);
        LocalTime time = rs.getObject("due_time", LocalTime.class);
        String zone = rs.getString("due_zone");
        Instant overdueAt = instant(rs.getTimestamp("overdue_at"));
        Integer dealNumber = rs.getObject("deal_number", Integer.class);
        return new TaskView(
                rs.getLong("workspace_id"),
                rs.getInt("number"),
                rs.getString("text"),
                dealNumber,
                rs.getString("deal_name"),
                rs.getLong("owner_id"),
                rs.getString("display_name"),
                rs.getString("platform_user_id"),
                day == null ? null : new Due(day, time),
                zone == null ? null : ZoneId.of(zone),
                instant(rs.getTimestamp("due_at")),
                overdueAt,
                overdueAt != null && !overdueAt.isAfter(now) && rs.getTimestamp("done_at") == null,
                instant(rs.getTimestamp("done_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
