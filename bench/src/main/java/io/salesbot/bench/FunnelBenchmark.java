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
            // A move or close that would come after now has not happened yet: the deal is still
            // where it was. (Stamping them all at the last second before now piled thousands of
            // stage changes onto one instant of the last week, as no team makes them.)
            long move = last + (1 + random.nextInt(30)) * DAY + random.nextInt(3600);
            if (random.nextInt(10) < 6 && move < now) {
                moved[n] = move;
                last = moved[n];
            }
            boolean old = now - created[n] > 120 * DAY;
            int outcome = random.nextInt(100);
            long close = last + (1 + random.nextInt(60)) * DAY + random.nextInt(3600);
            if ((old ? outcome < 70 : outcome < 30) && close < now) {
                closed[n] = close;
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
        // The same figures by hand: the cohort's furthest stage (created in the quarter, or closed
        // in it having been created before; its stage now and every stage it entered), its
        // finished stays, the period's closed deals, the open count and the stuck list, each one
        // statement, on the same tables and indexes the service reads.
        List<long[]> limited = jdbc.query(
                "SELECT id, stuck_after_days FROM stage WHERE workspace_id = ? AND kind = 'OPEN'"
                        + " AND stuck_after_days IS NOT NULL",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                ws);
        String top = "CASE s.kind WHEN 'WON' THEN 1000000 WHEN 'OPEN' THEN s.position ELSE 0 END";
        String created = " AND x.created_at >= ? AND x.created_at < ?";
        String closedBefore = " AND x.closed_at >= ? AND x.closed_at < ? AND x.created_at < ?";
        Object[] both = {ws, start, end, ws, start, end, start, ws, start, end, ws, start, end, start};
        Supplier<Object> sql = () -> List.of(
                jdbc.queryForList(
                        "SELECT top, COUNT(*) FROM (SELECT id, MAX(top) AS top FROM ("
                                + "SELECT x.id, " + top + " AS top FROM opportunity x JOIN stage s ON s.id = x.stage_id"
                                + " WHERE x.workspace_id = ?" + created
                                + " UNION ALL SELECT x.id, " + top
                                + " FROM opportunity x JOIN stage s ON s.id = x.stage_id"
                                + " WHERE x.workspace_id = ?" + closedBefore
                                + " UNION ALL SELECT x.opportunity_id, " + top
                                + " FROM deal_stage_time x JOIN stage s ON s.id = x.stage_id WHERE x.workspace_id = ?"
                                + created
                                + " UNION ALL SELECT x.opportunity_id, " + top
                                + " FROM deal_stage_time x JOIN stage s ON s.id = x.stage_id WHERE x.workspace_id = ?"
                                + closedBefore
                                + ") d GROUP BY id) e GROUP BY top",
                        both),
                jdbc.queryForList(
                        "SELECT stage_id, SUM(stays), SUM(seconds) FROM ("
                                + "SELECT x.stage_id, x.stays, x.seconds FROM deal_stage_time x WHERE x.workspace_id = ?"
                                + created + " AND x.stays > 0"
                                + " UNION ALL SELECT x.stage_id, x.stays, x.seconds FROM deal_stage_time x"
                                + " WHERE x.workspace_id = ?" + closedBefore + " AND x.stays > 0"
                                + ") d JOIN stage s ON s.id = d.stage_id AND s.kind = 'OPEN' GROUP BY stage_id",
                        ws,
                        start,
                        end,
                        ws,
                        start,
                        end,
                        start),
                jdbc.queryForList("""
                        SELECT COUNT(*), SUM(stage_kind = 'WON'), SUM(CASE WHEN stage_kind = 'WON' THEN estimated_revenue END),
                               SUM(CASE WHEN stage_kind = 'WON' THEN TIMESTAMPDIFF(SECOND, created_at, closed_at) END)
                        FROM opportunity WHERE workspace_id = ? AND closed_at >= ? AND closed_at < ?
                          AND stage_kind IN ('WON', 'LOST')""", ws, start, end),
                jdbc.queryForList("SELECT SUM(deals) FROM open_deal_total WHERE workspace_id = ?", ws),
                // The ten longest stuck (each limited stage's head of its index, then the ten
                // oldest of those) with their names, and how many are stuck in all.
                jdbc.queryForList(
                        "SELECT o.number, o.name, m.display_name, x.entered FROM ("
                                + String.join(
                                        " UNION ALL ",
                                        limited.stream()
                                                .map(stage -> "(SELECT id, stage_entered_at AS entered FROM opportunity"
                                                        + " WHERE workspace_id = " + ws + " AND stage_id = " + stage[0]
                                                        + " AND stage_entered_at < TIMESTAMPADD(DAY, -" + stage[1]
                                                        + ", ?)"
                                                        + " ORDER BY stage_entered_at LIMIT 10)")
                                                .toList())
                                + ") x JOIN opportunity o ON o.id = x.id JOIN member m ON m.id = o.owner_id"
                                + " ORDER BY x.entered, o.number LIMIT 10",
                        limited.stream().map(stage -> now).toArray()),
                jdbc.queryForList(
                        "SELECT COUNT(*) FROM opportunity o JOIN stage s ON s.id = o.stage_id"
                                + " WHERE o.workspace_id = ? AND s.workspace_id = ? AND s.stuck_after_days IS NOT NULL"
                                + " AND o.stage_entered_at < TIMESTAMPADD(DAY, -s.stuck_after_days, ?)",
                        ws,
                        ws,
                        now));
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
