package io.salesbot.bench;

import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import io.salesbot.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a database with workspaces, reps and deals spread over five years of close dates, with
 * line items and history, by bulk inserts (JDBC batches): minutes for a million deals, not hours.
 * Workspaces and members go through the real service so their defaults are the product's.
 */
public final class DataGenerator {

    static final int BATCH = 5_000;
    static final String[] STAGE_KINDS = {"OPEN", "OPEN", "OPEN", "WON", "LOST"};

    private final JdbcTemplate jdbc;
    private final WorkspaceService workspaces;
    private final Random random = new Random(20261127);

    public DataGenerator(JdbcTemplate jdbc, WorkspaceService workspaces) {
        this.jdbc = jdbc;
        this.workspaces = workspaces;
    }

    /** A generated workspace: its id, its admin, and its members' ids. */
    public record Generated(long workspaceId, Actor admin, List<Long> reps) {}

    /** Creates {@code workspaceCount} workspaces of {@code dealsEach} deals and {@code repsEach} reps. */
    public List<Generated> generate(String prefix, int workspaceCount, int dealsEach, int repsEach) {
        List<Generated> generated = new ArrayList<>();
        for (int w = 0; w < workspaceCount; w++) {
            String team = prefix + "-" + w;
            Actor admin = workspaces.enter(new Visitor(Platform.SLACK, team, team, "admin", "Admin", Role.ADMIN));
            List<Long> reps = new ArrayList<>();
            for (int r = 0; r < repsEach; r++) {
                reps.add(workspaces
                        .enter(new Visitor(Platform.SLACK, team, team, "rep" + r, "Rep " + r, Role.REP))
                        .memberId());
            }
            deals(admin.workspaceId(), dealsEach, reps);
            generated.add(new Generated(admin.workspaceId(), admin, reps));
        }
        return generated;
    }

    private void deals(long workspace, int count, List<Long> reps) {
        Map<String, Long> stages =
                ids("SELECT kind, MIN(id) FROM stage WHERE workspace_id = ? GROUP BY kind", workspace);
        long openSecond = jdbc.queryForObject(
                "SELECT MAX(id) FROM stage WHERE workspace_id = ? AND kind = 'OPEN'", Long.class, workspace);
        long type = jdbc.queryForObject("SELECT MIN(id) FROM deal_type WHERE workspace_id = ?", Long.class, workspace);
        long campaign = jdbc.queryForObject("""
                INSERT INTO campaign (workspace_id, name, created_at) VALUES (?, 'Bench campaign', NOW(6))
                RETURNING id""", Long.class, workspace);
        LocalDate start = LocalDate.of(2023, 1, 1);
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int number = 1; number <= count; number++) {
            String kind = STAGE_KINDS[random.nextInt(STAGE_KINDS.length)];
            long stage =
                    kind.equals("OPEN") ? (random.nextBoolean() ? stages.get("OPEN") : openSecond) : stages.get(kind);
            int probability = switch (kind) {
                case "WON" -> 100;
                case "LOST" -> 0;
                default -> stage == openSecond ? 50 : 10;
            };
            BigDecimal amount =
                    BigDecimal.valueOf(10_000 + random.nextInt(5_000_000)).setScale(2);
            LocalDate close = start.plusDays(random.nextInt(5 * 365));
            rows.add(new Object[] {
                workspace,
                number,
                "Deal " + number,
                "Customer " + random.nextInt(5_000),
                type,
                stage,
                kind,
                probability,
                amount,
                Date.valueOf(close),
                random.nextInt(4) == 0 ? campaign : null,
                reps.get(random.nextInt(reps.size())),
                // Created over the past year and a bit, so "changed since last week" is a small share.
                Timestamp.from(now.minus(java.time.Duration.ofMinutes(1 + random.nextInt(400 * 24 * 60)))),
                Timestamp.from(now),
                kind.equals("OPEN") ? null : Timestamp.from(now)
            });
            if (rows.size() == BATCH) {
                insert(rows);
            }
        }
        insert(rows);
        jdbc.update("UPDATE workspace_counter SET last_deal_number = ? WHERE workspace_id = ?", count, workspace);
        jdbc.update("""
                INSERT INTO opportunity_line (workspace_id, opportunity_id, line_number, product_name, quantity,
                                              unit_price, discount_percent, add_on)
                SELECT workspace_id, id, 1, 'Licence', 1, estimated_revenue, 0, FALSE FROM opportunity
                WHERE workspace_id = ?""", workspace);
        jdbc.update("""
                INSERT INTO opportunity_change (workspace_id, opportunity_id, field, to_value, member_id, platform, changed_at)
                SELECT workspace_id, id, 'CREATED', 'Wait', owner_id, 'SLACK', created_at FROM opportunity
                WHERE workspace_id = ?""", workspace);
        // Two more entries per deal (three million rows at a million deals): its amount raised by a
        // tenth and its close date pushed a month, each at a moment between its creation and now,
        // so the history replays to the deal (HistoryReplayIntegrationTests' rule).
        jdbc.update("""
                INSERT INTO opportunity_change (workspace_id, opportunity_id, field, from_value, to_value, member_id,
                                                platform, changed_at)
                SELECT workspace_id, id, 'AMOUNT', CAST(ROUND(estimated_revenue / 1.1, 2) AS CHAR),
                       CAST(estimated_revenue AS CHAR), owner_id, 'SLACK',
                       created_at + INTERVAL ((id * 7919) % GREATEST(1, TIMESTAMPDIFF(SECOND, created_at, NOW()))) SECOND
                FROM opportunity WHERE workspace_id = ?""", workspace);
        jdbc.update("""
                INSERT INTO opportunity_change (workspace_id, opportunity_id, field, from_value, to_value, member_id,
                                                platform, changed_at)
                SELECT workspace_id, id, 'CLOSE_DATE', CAST(expected_close_date - INTERVAL 1 MONTH AS CHAR),
                       CAST(expected_close_date AS CHAR), owner_id, 'SLACK',
                       created_at + INTERVAL ((id * 104729) % GREATEST(1, TIMESTAMPDIFF(SECOND, created_at, NOW()))) SECOND
                FROM opportunity WHERE workspace_id = ? AND stage_kind = 'OPEN'""", workspace);
    }

    private void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO opportunity (workspace_id, number, name, customer, deal_type_id, stage_id, stage_kind,
                                         probability, estimated_revenue, amount_explicit, expected_close_date,
                                         campaign_id, owner_id, version, created_at, updated_at, closed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, 0, ?, ?, ?)""", rows);
        rows.clear();
    }

    private Map<String, Long> ids(String sql, long workspace) {
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                },
                workspace);
        return ids;
    }
}
