package io.salesbot.bench;

import io.salesbot.forecast.FunnelService;
import io.salesbot.forecast.Granularity;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import io.salesbot.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /pipeline funnel} at scale: one workspace of deals created over five years, each with the
 * stage history a real one has (created in Wait; most move to In progress; older ones mostly
 * closed), about 2.3 history rows per deal; then this quarter's funnel timed through the service
 * and through the same figures as hand-written SQL, in turns.
 */
public final class FunnelBenchmark {

    private static final int BATCH = 5_000;
    private static final long DAY = 86_400;

    private final JdbcTemplate jdbc;
    private final WorkspaceService workspaces;
    private final Random random = new Random(20261203);

    public FunnelBenchmark(JdbcTemplate jdbc, WorkspaceService workspaces) {
        this.jdbc = jdbc;
        this.workspaces = workspaces;
    }

    /** Generates {@code count} deals with their history; returns the workspace's admin. */
    public Actor generate(String team, int count, int reps) {
        Actor admin = workspaces.enter(new Visitor(Platform.SLACK, team, team, "admin", "Admin", Role.ADMIN));
        long ws = admin.workspaceId();
        List<Long> members = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            members.add(workspaces
                    .enter(new Visitor(Platform.SLACK, team, team, "rep" + r, "Rep " + r, Role.REP))
                    .memberId());
        }
        Map<String, Long> stages = new java.util.HashMap<>();
        jdbc.query(
                "SELECT name, id FROM stage WHERE workspace_id = ?",
                rs -> {
                    stages.put(rs.getString(1), rs.getLong(2));
                },
                ws);
        long type = jdbc.queryForObject("SELECT MIN(id) FROM deal_type WHERE workspace_id = ?", Long.class, ws);
        long now = Instant.now().getEpochSecond();
        long[] created = new long[count + 1];
        long[] moved = new long[count + 1]; // to In progress, or 0
        long[] closed = new long[count + 1]; // or 0
        boolean[] won = new boolean[count + 1];
        long[] owner = new long[count + 1];
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int n = 1; n <= count; n++) {
            created[n] = now - random.nextLong(5 * 365 * DAY);
            owner[n] = members.get(random.nextInt(members.size()));
            long last = created[n];
            if (random.nextInt(10) < 6) {
                moved[n] = Math.min(now - 1, last + (1 + random.nextInt(30)) * DAY + random.nextInt(3600));
                last = moved[n];
            }
            boolean old = now - created[n] > 120 * DAY;
            int outcome = random.nextInt(100);
            if (old ? outcome < 70 : outcome < 30) {
                closed[n] = Math.min(now - 1, last + (1 + random.nextInt(60)) * DAY + random.nextInt(3600));
                closed[n] = Math.max(closed[n], last + 1);
                won[n] = outcome % 2 == 0;
                last = closed[n];
            }
            String stage =
                    closed[n] != 0 ? (won[n] ? "Closed Won" : "Closed Lost") : moved[n] != 0 ? "In progress" : "Wait";
            String kind = closed[n] != 0 ? (won[n] ? "WON" : "LOST") : "OPEN";
            rows.add(new Object[] {
                ws,
                n,
                "Deal " + n,
                type,
                stages.get(stage),
                kind,
                kind.equals("WON") ? 100 : kind.equals("LOST") ? 0 : moved[n] != 0 ? 50 : 10,
                BigDecimal.valueOf(10_000 + random.nextInt(5_000_000)).setScale(2),
                java.sql.Date.valueOf(LocalDate.ofEpochDay((closed[n] != 0 ? closed[n] : now + 30 * DAY) / DAY)),
                owner[n],
                ts(created[n]),
                ts(last),
                closed[n] == 0 ? null : ts(closed[n]),
                ts(moved[n] != 0 && closed[n] == 0 ? moved[n] : last)
            });
            if (rows.size() == BATCH) {
                insertDeals(rows);
            }
        }
        insertDeals(rows);
        jdbc.update("UPDATE workspace_counter SET last_deal_number = ? WHERE workspace_id = ?", count, ws);
        long[] ids = new long[count + 1];
        jdbc.query(
                "SELECT number, id FROM opportunity WHERE workspace_id = ?",
                rs -> {
                    ids[rs.getInt(1)] = rs.getLong(2);
                },
                ws);
        List<Object[]> history = new ArrayList<>(BATCH);
        for (int n = 1; n <= count; n++) {
            history.add(new Object[] {ws, ids[n], "CREATED", null, "Wait", owner[n], ts(created[n])});
            String from = "Wait";
            if (moved[n] != 0) {
                history.add(new Object[] {ws, ids[n], "STAGE", from, "In progress", owner[n], ts(moved[n])});
                from = "In progress";
            }
            if (closed[n] != 0) {
                history.add(new Object[] {
                    ws, ids[n], "STAGE", from, won[n] ? "Closed Won" : "Closed Lost", owner[n], ts(closed[n])
                });
            }
            if (history.size() >= BATCH) {
                insertHistory(history);
            }
        }
        insertHistory(history);
        // Limits so that the stuck list has something to find.
        jdbc.update("UPDATE stage SET stuck_after_days = 30 WHERE workspace_id = ? AND name = 'Wait'", ws);
        jdbc.update("UPDATE stage SET stuck_after_days = 60 WHERE workspace_id = ? AND name = 'In progress'", ws);
        return admin;
    }

    /** Medians and p95 of the service and of the hand-written SQL, timed in turns. */
    public QuestionBenchmark.Result run(FunnelService funnels, Actor admin, ZoneId zone, int warmup, int rounds) {
        LocalDate today = LocalDate.now(zone);
        LocalDate from = Granularity.QUARTER.startOf(today);
        LocalDate to = Granularity.QUARTER.endOf(today);
        String label = Granularity.QUARTER.label(today);
        long ws = admin.workspaceId();
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        Timestamp now = Timestamp.from(Instant.now());
        Supplier<Object> service = () -> funnels.funnel(admin, label, from, to, null);
        // The same figures by hand: the cohort's furthest stage, its finished stays, the period's
        // closed deals, the open count and the stuck list, each one statement.
        String cohort = """
                SELECT id FROM opportunity WHERE workspace_id = ? AND created_at >= ? AND created_at < ?
                UNION SELECT id FROM opportunity WHERE workspace_id = ? AND closed_at >= ? AND closed_at < ?""";
        Supplier<Object> sql = () -> List.of(
                jdbc.queryForList("""
                        SELECT top, COUNT(*) FROM (
                          SELECT o.id, GREATEST(CASE o.stage_kind WHEN 'WON' THEN 1000000 WHEN 'OPEN' THEN cs.position ELSE 0 END,
                                 COALESCE(MAX(CASE s.kind WHEN 'WON' THEN 1000000 WHEN 'OPEN' THEN s.position ELSE 0 END), 0)) top
                          FROM (""" + cohort + """
                          ) k JOIN opportunity o ON o.id = k.id JOIN stage cs ON cs.id = o.stage_id
                          LEFT JOIN opportunity_change c ON c.opportunity_id = o.id AND c.field IN ('CREATED', 'STAGE', 'REOPENED')
                          LEFT JOIN stage s ON s.workspace_id = ? AND s.name = c.to_value
                          GROUP BY o.id, o.stage_kind, cs.position) d GROUP BY top""", ws, start, end, ws, start, end, ws),
                jdbc.queryForList("""
                        SELECT s.id, COUNT(*), SUM(TIMESTAMPDIFF(SECOND, e.entered, e.left_at)) FROM (
                          SELECT c.to_value name, c.changed_at entered,
                                 LEAD(c.changed_at) OVER (PARTITION BY c.opportunity_id ORDER BY c.changed_at, c.id) left_at
                          FROM (""" + cohort + """
                          ) k JOIN opportunity_change c ON c.opportunity_id = k.id AND c.field IN ('CREATED', 'STAGE', 'REOPENED')
                        ) e JOIN stage s ON s.workspace_id = ? AND s.name = e.name AND s.kind = 'OPEN'
                        WHERE e.left_at IS NOT NULL GROUP BY s.id""", ws, start, end, ws, start, end, ws),
                jdbc.queryForList("""
                        SELECT COUNT(*), SUM(stage_kind = 'WON'), SUM(CASE WHEN stage_kind = 'WON' THEN estimated_revenue END),
                               SUM(CASE WHEN stage_kind = 'WON' THEN TIMESTAMPDIFF(SECOND, created_at, closed_at) END)
                        FROM opportunity WHERE workspace_id = ? AND closed_at >= ? AND closed_at < ?
                          AND stage_kind IN ('WON', 'LOST')""", ws, start, end),
                jdbc.queryForList("SELECT SUM(deals) FROM open_deal_total WHERE workspace_id = ?", ws),
                jdbc.queryForList("""
                        SELECT o.number, o.name, o.stage_entered_at FROM opportunity o JOIN stage s ON s.id = o.stage_id
                        WHERE o.workspace_id = ? AND o.stage_kind = 'OPEN' AND s.stuck_after_days IS NOT NULL
                          AND o.stage_id = s.id AND o.stage_entered_at < TIMESTAMPADD(DAY, -s.stuck_after_days, ?)
                        ORDER BY o.stage_entered_at LIMIT 10""", ws, now));
        for (int i = 0; i < warmup; i++) {
            service.get();
            sql.get();
        }
        double[] byService = new double[rounds];
        double[] bySql = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            boolean serviceFirst = i % 2 == 0;
            double a = time(serviceFirst ? service : sql);
            double b = time(serviceFirst ? sql : service);
            byService[i] = serviceFirst ? a : b;
            bySql[i] = serviceFirst ? b : a;
        }
        Arrays.sort(byService);
        Arrays.sort(bySql);
        return new QuestionBenchmark.Result(
                "funnel this quarter",
                QuestionBenchmark.percentile(byService, 50),
                QuestionBenchmark.percentile(byService, 95),
                QuestionBenchmark.percentile(bySql, 50),
                QuestionBenchmark.percentile(bySql, 50));
    }

    private static double time(Supplier<Object> question) {
        long started = System.nanoTime();
        question.get();
        return (System.nanoTime() - started) / 1_000_000.0;
    }

    private static Timestamp ts(long epochSecond) {
        return Timestamp.from(Instant.ofEpochSecond(epochSecond));
    }

    private void insertDeals(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO opportunity (workspace_id, number, name, deal_type_id, stage_id, stage_kind, probability,
                                         estimated_revenue, amount_explicit, expected_close_date, owner_id, version,
                                         created_at, updated_at, closed_at, stage_entered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, 0, ?, ?, ?, ?)""", rows);
        rows.clear();
    }

    private void insertHistory(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO opportunity_change (workspace_id, opportunity_id, field, from_value, to_value, member_id,
                                                platform, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, 'SLACK', ?)""", rows);
        rows.clear();
    }
}
