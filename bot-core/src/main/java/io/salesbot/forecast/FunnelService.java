package io.salesbot.forecast;

import io.salesbot.opportunity.StageKind;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.MemberView;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import io.salesbot.workspace.WorkspaceSettings;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * {@code /pipeline funnel}: which deals each figure counts, precisely (days are the workspace's).
 *
 * <ul>
 *   <li>The <b>cohort</b> is every deal created in the period or closed (won or lost) in it, each
 *       once. Stage conversion and time in stage read the cohort's history.
 *   <li><b>Reached</b> a stage: the deal was ever in it, or in a later open stage, or ever won (a
 *       deal that skipped a stage counts as having reached it). Conversion of a stage is the deals
 *       that reached the next bar ÷ those that reached it; the last open stage converts to won.
 *   <li><b>Time in stage</b>: the average length of the cohort's finished stays in each open stage
 *       (from entering it to leaving it for any stage); a stay still going on is not counted, it
 *       is in the stuck list when it is too long. A stage renamed since keeps its old name in the
 *       history, and those entries are not matched to it.
 *   <li><b>Win rate</b>, <b>average won deal</b> and <b>days to close</b>: the deals closed in the
 *       period (won ÷ won and lost; the won deals' amounts and days from creation to close).
 *   <li><b>Stuck</b> and the <b>open deals</b> of velocity are today's: every open deal, whenever
 *       created; stuck when it has been in its stage longer than the stage's limit.
 *   <li><b>Velocity</b> per day: open deals × average won deal × win rate ÷ average days to close.
 * </ul>
 */
@Service
public class FunnelService {

    static final String STAGE_EVENTS = "c.field IN ('CREATED', 'STAGE', 'REOPENED')";

    // The cohort's ids: a union of two range scans (created, closed), each deal once.
    private static final String COHORT = """
            SELECT o.id FROM opportunity o
            WHERE o.workspace_id = :ws AND o.created_at >= :from AND o.created_at < :to%1$s
            UNION
            SELECT o.id FROM opportunity o
            WHERE o.workspace_id = :ws AND o.closed_at >= :from AND o.closed_at < :to%1$s""";

    // Per deal, the furthest bar it reached: a won stage beyond every open one (WON_TOP), else
    // the highest position of an open stage it entered or is in.
    private static final String REACHED = """
            SELECT d.top, COUNT(*) FROM (
                SELECT o.id, GREATEST(
                        CASE o.stage_kind WHEN 'WON' THEN :wonTop WHEN 'OPEN' THEN cs.position ELSE 0 END,
                        COALESCE(MAX(CASE s.kind WHEN 'WON' THEN :wonTop WHEN 'OPEN' THEN s.position ELSE 0 END), 0))
                    AS top
                FROM (%s) k
                JOIN opportunity o ON o.id = k.id
                JOIN stage cs ON cs.id = o.stage_id
                LEFT JOIN opportunity_change c ON c.opportunity_id = o.id AND %s
                LEFT JOIN stage s ON s.workspace_id = :ws AND s.name = c.to_value
                GROUP BY o.id, o.stage_kind, cs.position
            ) d
            GROUP BY d.top""";

    // Each stage event's stay ends at the deal's next stage event.
    private static final String STAYS = """
            SELECT s.id, COUNT(*), SUM(TIMESTAMPDIFF(SECOND, e.entered, e.left_at))
            FROM (
                SELECT c.to_value AS stage_name, c.changed_at AS entered,
                       LEAD(c.changed_at) OVER (PARTITION BY c.opportunity_id ORDER BY c.changed_at, c.id) AS left_at
                FROM (%s) k
                JOIN opportunity_change c ON c.opportunity_id = k.id AND %s
            ) e
            JOIN stage s ON s.workspace_id = :ws AND s.name = e.stage_name AND s.kind = 'OPEN'
            WHERE e.left_at IS NOT NULL
            GROUP BY s.id""";

    private static final String CLOSED = """
            SELECT COUNT(*), COALESCE(SUM(o.stage_kind = 'WON'), 0),
                   COALESCE(SUM(CASE WHEN o.stage_kind = 'WON' THEN o.estimated_revenue END), 0),
                   COALESCE(SUM(CASE WHEN o.stage_kind = 'WON' THEN TIMESTAMPDIFF(SECOND, o.created_at, o.closed_at) END), 0)
            FROM opportunity o
            WHERE o.workspace_id = :ws AND o.closed_at >= :from AND o.closed_at < :to
              AND o.stage_kind IN ('WON', 'LOST')%s""";

    // From the roll-up (V5__deal_totals.sql), exact whoever writes the deals.
    private static final String OPEN = """
            SELECT COALESCE(SUM(t.deals), 0) FROM open_deal_total t WHERE t.workspace_id = :ws%s""";

    // One range scan of ix_opportunity_stage_entered per limited stage: a row written without
    // stage_entered_at (by hand) counts from its creation.
    private static final String STUCK_IN_STAGE = """
            SELECT o.number, o.name, m.display_name, s.name AS stage, s.thai_name,
                   COALESCE(o.stage_entered_at, o.created_at) AS entered, s.stuck_after_days
            FROM opportunity o
            JOIN stage s ON s.id = o.stage_id
            JOIN member m ON m.id = o.owner_id
            WHERE o.workspace_id = :ws AND o.stage_id = %1$d AND o.stage_kind = 'OPEN'
              AND (o.stage_entered_at < :before%1$d OR (o.stage_entered_at IS NULL AND o.created_at < :before%1$d))%2$s""";

    private static final int WON_TOP = 1_000_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkspaceService workspaces;
    private final Clock clock;

    FunnelService(NamedParameterJdbcTemplate jdbc, WorkspaceService workspaces, Clock clock) {
        this.jdbc = jdbc;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /**
     * The funnel of the days {@code from} to {@code to} (inclusive) for the team, or for the
     * member {@code owner} names. Everyone sees the team's and their own; another rep's win rate
     * and speed judge that rep, so they are for managers.
     */
    public Funnel funnel(Actor actor, String periodLabel, LocalDate from, LocalDate to, String owner) {
        MemberView member = owner == null ? null : workspaces.member(actor, owner);
        if (member != null && member.id() != actor.memberId()) {
            actor.require(Role.MANAGER);
        }
        ReportFilters filters = member == null
                ? ReportFilters.NONE
                : new ReportFilters(member.id(), member.displayName(), null, null, null, null);
        WorkspaceSettings settings = workspaces.enteredSettings(actor);
        ZoneId zone = settings.zone();
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource("ws", actor.workspaceId())
                .addValue("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .addValue("wonTop", WON_TOP);
        filters.bind(params);
        String owned = filters.sql();
        String cohortSql = COHORT.formatted(owned);

        long cohort = jdbc.queryForObject("SELECT COUNT(*) FROM (" + cohortSql + ") k", params, Long.class);
        List<StageRow> pipeline = stages(actor.workspaceId());
        Map<Integer, Long> byTop = new TreeMap<>();
        Map<Long, long[]> stays = new HashMap<>();
        if (cohort > 0) {
            jdbc.query(REACHED.formatted(cohortSql, STAGE_EVENTS), params, (RowCallbackHandler)
                    rs -> byTop.put(rs.getInt(1), rs.getLong(2)));
            jdbc.query(STAYS.formatted(cohortSql, STAGE_EVENTS), params, (RowCallbackHandler)
                    rs -> stays.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)}));
        }
        List<FunnelStage> bars = new ArrayList<>();
        for (StageRow stage : pipeline) {
            if (stage.kind() == StageKind.LOST) {
                continue;
            }
            int top = stage.kind() == StageKind.WON ? WON_TOP : stage.position();
            long reached = byTop.entrySet().stream()
                    .filter(entry -> entry.getKey() >= top)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            long[] stay = stays.getOrDefault(stage.id(), new long[] {0, 0});
            BigDecimal averageDays = stay[0] == 0
                    ? null
                    : BigDecimal.valueOf(stay[1])
                            .divide(BigDecimal.valueOf(86_400L * stay[0]), 1, java.math.RoundingMode.HALF_UP);
            bars.add(new FunnelStage(
                    stage.name(),
                    stage.thaiName(),
                    stage.kind() == StageKind.WON,
                    reached,
                    stay[0],
                    averageDays,
                    stage.limitDays()));
            if (stage.kind() == StageKind.WON) {
                break; // a pipeline has one won stage; the funnel ends there
            }
        }

        long[] closed = new long[2];
        BigDecimal[] wonAmount = {BigDecimal.ZERO.setScale(2)};
        long[] wonSeconds = new long[1];
        jdbc.query(CLOSED.formatted(owned), params, (RowCallbackHandler) rs -> {
            closed[0] = rs.getLong(1);
            closed[1] = rs.getLong(2);
            wonAmount[0] = rs.getBigDecimal(3).setScale(2);
            wonSeconds[0] = rs.getLong(4);
        });
        long openDeals = jdbc.queryForObject(
                OPEN.formatted(filters.ownerId() == null ? "" : " AND t.owner_id = :owner"), params, Long.class);

        List<StuckDeal> stuck = new ArrayList<>();
        long stuckTotal = stuck(pipeline, params, owned, now, stuck);
        return new Funnel(
                periodLabel,
                from,
                to,
                filters,
                cohort,
                bars,
                closed[0],
                closed[1],
                wonAmount[0],
                wonSeconds[0],
                openDeals,
                stuck,
                stuckTotal);
    }

    /** Fills {@code shown} with the longest-stuck deals (at most {@link Funnel#SHOWN}); returns how many are stuck. */
    private long stuck(
            List<StageRow> pipeline, MapSqlParameterSource params, String owned, Instant now, List<StuckDeal> shown) {
        List<String> parts = new ArrayList<>();
        for (StageRow stage : pipeline) {
            if (stage.kind() == StageKind.OPEN && stage.limitDays() != null) {
                params.addValue("before" + stage.id(), Timestamp.from(now.minus(Duration.ofDays(stage.limitDays()))));
                parts.add(STUCK_IN_STAGE.formatted(stage.id(), owned));
            }
        }
        if (parts.isEmpty()) {
            return 0;
        }
        String union = String.join("\nUNION ALL\n", parts);
        jdbc.query(
                "SELECT * FROM (" + union + ") x ORDER BY x.entered, x.number LIMIT " + Funnel.SHOWN,
                params,
                (RowCallbackHandler) rs -> shown.add(new StuckDeal(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        Duration.between(rs.getTimestamp(6).toInstant(), now).toDays(),
                        rs.getInt(7))));
        return shown.size() < Funnel.SHOWN
                ? shown.size()
                : jdbc.queryForObject("SELECT COUNT(*) FROM (" + union + ") x", params, Long.class);
    }

    private List<StageRow> stages(long workspaceId) {
        return jdbc.query(
                "SELECT id, name, thai_name, position, kind, stuck_after_days FROM stage WHERE workspace_id = :ws"
                        + " ORDER BY position",
                new MapSqlParameterSource("ws", workspaceId),
                (rs, i) -> new StageRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        StageKind.valueOf(rs.getString(5)),
                        rs.getObject(6, Integer.class)));
    }

    private record StageRow(long id, String name, String thaiName, int position, StageKind kind, Integer limitDays) {}
}
