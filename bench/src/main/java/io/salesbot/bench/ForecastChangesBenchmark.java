package io.salesbot.bench;

import io.salesbot.forecast.ForecastChangeService;
import io.salesbot.forecast.ForecastChanges;
import io.salesbot.forecast.ForecastQuery;
import io.salesbot.forecast.Granularity;
import io.salesbot.forecast.GroupBy;
import io.salesbot.workspace.Actor;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times {@code /forecast changes since:last-week} for this quarter through the service beside
 * the best SQL we could write by hand for the same answer: every deal changed since, its amount,
 * close date and stage kind then read from the first change of each after that moment (window
 * functions over ix_change_workspace_time), classified into its bar in the database; like the
 * service, it reads only deals due by the period's end or whose close date changed since.
 */
public final class ForecastChangesBenchmark {

    private static final String HAND_WRITTEN = """
            SELECT o.number,
                   CASE WHEN f.in_then AND f.in_now THEN
                             CASE WHEN o.estimated_revenue > f.amount_then THEN 'amount-up'
                                  WHEN o.estimated_revenue < f.amount_then THEN 'amount-down' END
                        WHEN f.in_now THEN IF(o.created_at > ?, 'new', 'pulled-in')
                        WHEN f.in_then THEN CASE o.stage_kind WHEN 'WON' THEN 'won' WHEN 'LOST' THEN 'lost'
                                                               ELSE 'pushed-out' END
                   END AS bar,
                   IF(f.in_then AND f.in_now, ABS(o.estimated_revenue - f.amount_then),
                      IF(f.in_now, o.estimated_revenue, f.amount_then)) AS amount
            FROM (
                SELECT t.id, t.amount_then,
                       t.kind_then = 'OPEN' AND t.close_then IS NOT NULL
                           AND GREATEST(t.close_then, ?) BETWEEN ? AND ? AS in_then,
                       t.stage_kind = 'OPEN' AND t.expected_close_date IS NOT NULL
                           AND GREATEST(t.expected_close_date, ?) BETWEEN ? AND ? AS in_now
                FROM (
                    SELECT o.id, o.stage_kind, o.expected_close_date,
                           COALESCE(c.amount_from, o.estimated_revenue) AS amount_then,
                           IF(c.has_close, c.close_from, o.expected_close_date) AS close_then,
                           CASE c.stage_field WHEN 'STAGE' THEN 'OPEN' WHEN 'REOPENED' THEN 'CLOSED'
                                              WHEN 'CREATED' THEN 'NONE' ELSE o.stage_kind END AS kind_then
                    FROM (
                        SELECT x.opportunity_id,
                               MAX(IF(x.grp = 'A', CAST(x.from_value AS DECIMAL(19, 2)), NULL)) AS amount_from,
                               MAX(IF(x.grp = 'C', CAST(x.from_value AS DATE), NULL)) AS close_from,
                               MAX(x.grp = 'C') AS has_close,
                               MAX(IF(x.grp = 'S', x.field, NULL)) AS stage_field
                        FROM (
                            SELECT h.opportunity_id, h.field, h.from_value, g.grp,
                                   ROW_NUMBER() OVER (PARTITION BY h.opportunity_id, g.grp ORDER BY h.changed_at, h.id) AS rn
                            FROM opportunity_change h
                            JOIN (SELECT 'AMOUNT' AS field, 'A' AS grp UNION ALL SELECT 'CLOSE_DATE', 'C'
                                  UNION ALL SELECT 'CLOSED_ON', 'C' UNION ALL SELECT 'STAGE', 'S'
                                  UNION ALL SELECT 'REOPENED', 'S' UNION ALL SELECT 'CREATED', 'S') g ON g.field = h.field
                            WHERE h.workspace_id = ? AND h.changed_at > ?
                        ) x
                        WHERE x.rn = 1
                        GROUP BY x.opportunity_id
                    ) c
                    JOIN opportunity o ON o.id = c.opportunity_id
                    WHERE o.expected_close_date <= ? OR c.has_close
                ) t
            ) f
            JOIN opportunity o ON o.id = f.id
            WHERE f.in_then OR f.in_now""";

    private final ForecastChangeService changes;
    private final JdbcTemplate jdbc;

    public ForecastChangesBenchmark(ForecastChangeService changes, JdbcTemplate jdbc) {
        this.changes = changes;
        this.jdbc = jdbc;
    }

    /** Medians of the service and of the hand-written SQL, in turns; and what each found once. */
    public QuestionBenchmark.Result run(Actor manager, LocalDate today, int warmup, int rounds) {
        LocalDate quarter = Granularity.QUARTER.startOf(today);
        ForecastQuery query = new ForecastQuery(Granularity.QUARTER, quarter, quarter, GroupBy.NONE, null);
        Instant since = Instant.now().minus(Duration.ofDays(7));
        Date from = Date.valueOf(quarter);
        Date to = Date.valueOf(Granularity.QUARTER.endOf(quarter));
        Date now = Date.valueOf(today);
        Supplier<Object> service = () -> changes.changes(manager, query, since);
        Supplier<Object> moves = () -> jdbc.queryForList(
                HAND_WRITTEN,
                Timestamp.from(since),
                now,
                from,
                to,
                now,
                from,
                to,
                manager.workspaceId(),
                Timestamp.from(since),
                to);
        // The rest of the same answer: the period's figure now (overdue open deals count in the
        // period holding today) and each rep's slip rate, from the same roll-up and index.
        Supplier<Object> sql = () -> List.of(
                moves.get(),
                jdbc.queryForList("""
                        SELECT SUM(estimated) FROM forecast_deal_total
                        WHERE workspace_id = ? AND category NOT IN ('CLOSED', 'OMITTED') AND close_month <= ?""", manager.workspaceId(), to),
                jdbc.queryForList("""
                        SELECT m.display_name, s.deals, s.slipped
                        FROM (SELECT owner_id, COUNT(*) AS deals, SUM(slip_count > 0) AS slipped FROM opportunity
                              WHERE workspace_id = ? AND expected_close_date BETWEEN ? AND ? GROUP BY owner_id) s
                        JOIN member m ON m.id = s.owner_id""", manager.workspaceId(), from, to));
        ForecastChanges once = (ForecastChanges) service.get();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) moves.get();
        System.out.printf(
                java.util.Locale.ROOT,
                "forecast changes: %d deals in %d bars through the service, %d moved deals by hand%n",
                once.bars().stream().mapToInt(bar -> bar.deals().size()).sum(),
                once.bars().size(),
                rows.stream().filter(row -> row.get("bar") != null).count());
        double[][] paired = QuestionBenchmark.timeInTurns(service, sql, warmup, rounds);
        return new QuestionBenchmark.Result(
                "forecast changes since last week",
                QuestionBenchmark.percentile(paired[0], 50),
                QuestionBenchmark.percentile(paired[0], 95),
                QuestionBenchmark.percentile(paired[1], 50),
                QuestionBenchmark.percentile(paired[1], 50));
    }
}
