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
 *       is in the stuck list when it is too long. A stage renamed since keeps its stays.
 *   <li><b>Win rate</b>, <b>average won deal</b> and <b>days to close</b>: the deals closed in the
 *       period (won ÷ won and lost; the won deals' amounts and days from creation to close).
 *   <li><b>Stuck</b> and the <b>open deals</b> of velocity are today's: every open deal, whenever
 *       created; stuck when it has been in its stage longer than the stage's limit.
 *   <li><b>Velocity</b> per day: open deals × average won deal × win rate ÷ average days to close.
 * </ul>
 *
 * <p>What a deal reached and how long it stayed are read from {@code deal_stage_time}, which a
 * trigger keeps from the deal's history (V16__deal_stage_time.sql), and the cohort from covering
 * indexes: one statement of four range scans, summed up here per deal and per stage. Reading the
 * history itself cost seconds at a million deals.
 */
@Service
public class FunnelService {

    // The cohort, each deal once: created in the period, or closed in it having been created
    // before. Two disjoint range scans of covering indexes, each deal with the stage it is in now
    // (a stay of 0: counted where it is even if written by hand without history); then, by the
    // same two scans of deal_stage_time (aliased o too, so that the rep's filter reads its owner),
    // every stage it has entered with its finished stays there.
    private static final String COHORT_STAGES = """
            SELECT o.id, o.stage_id, -1, 0 FROM opportunity o
            WHERE o.workspace_id = :ws AND o.created_at >= :from AND o.created_at < :to%1$s
            UNION ALL
            SELECT o.id, o.stage_id, -1, 0 FROM opportunity o
            WHERE o.workspace_id = :ws AND o.closed_at >= :from AND o.closed_at < :to AND o.created_at < :from%1$s
            UNION ALL
            SELECT o.opportunity_id, o.stage_id, o.stays, o.seconds FROM deal_stage_time o
            WHERE o.workspace_id = :ws AND o.created_at >= :from AND o.created_at < :to%1$s
            UNION ALL
            SELECT o.opportunity_id, o.stage_id, o.stays, o.seconds FROM deal_stage_time o
            WHERE o.workspace_id = :ws AND o.closed_at >= :from AND o.closed_at < :to AND o.created_at < :from%1$s""";

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

    // When the SHOWN-th longest stuck of one limited stage entered it: the head of
    // ix_opportunity_stage_entered, read in its order.
    private static final String STUCK_CUT = """
            SELECT %1$d, MAX(h.entered) FROM (
                SELECT o.stage_entered_at AS entered FROM opportunity o
                WHERE o.workspace_id = :ws AND o.stage_id = %1$d AND o.stage_entered_at < :before%1$d%2$s
                ORDER BY o.stage_entered_at
                LIMIT %3$d) h""";

    // The longest stuck of one limited stage: those in it since that moment or longer (ties come
    // along, so that the order by number across stages stays exact; given as a value, so that it
    // is a range of the index), and the rows written by hand without stage_entered_at, which count
    // from their creation. A deal in an open stage is open.
    private static final String STUCK_HEAD = """
            SELECT o.id, o.number, o.stage_entered_at AS entered, %1$d AS stage_id FROM opportunity o
            WHERE o.workspace_id = :ws AND o.stage_id = %1$d AND o.stage_entered_at <= :cut%1$d%2$s
            UNION ALL
            SELECT o.id, o.number, o.created_at, %1$d FROM opportunity o
            WHERE o.workspace_id = :ws AND o.stage_id = %1$d AND o.stage_entered_at IS NULL
              AND o.created_at < :before%1$d%2$s""";

    private static final String STUCK_SHOWN = """
            SELECT x.number, o.name, m.display_name, s.name, s.thai_name, x.entered, s.stuck_after_days
            FROM (%s) x
            JOIN opportunity o ON o.id = x.id
            JOIN stage s ON s.id = x.stage_id
            JOIN member m ON m.id = o.owner_id
            ORDER BY x.entered, x.number
            LIMIT %d""";

    // Counted on the index alone (the owner is in it).
    private static final String STUCK_COUNT = """
            SELECT COUNT(*) FROM opportunity o
            WHERE o.workspace_id = :ws AND o.stage_id = %1$d AND o.stage_entered_at < :before%1$d%2$s
            UNION ALL
            SELECT COUNT(*) FROM opportunity o
            WHERE o.workspace_id = :ws AND o.stage_id = %1$d AND o.stage_entered_at IS NULL
              AND o.created_at < :before%1$d%2$s""";

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
                .addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
        filters.bind(params);
        String owned = filters.sql();
        List<StageRow> pipeline = stages(actor.workspaceId());
        Map<Long, StageRow> stagesById = new HashMap<>();
        pipeline.forEach(stage -> stagesById.put(stage.id(), stage));
        // Per cohort deal its furthest bar; per open stage the finished stays and their seconds.
        Map<Long, Integer> furthest = new HashMap<>();
        Map<Long, Integer> furthestEntered = new HashMap<>();
        Map<Long, long[]> stays = new HashMap<>();
        jdbc.query(COHORT_STAGES.formatted(owned), params, (RowCallbackHandler) rs -> {
            long deal = rs.getLong(1);
            StageRow stage = stagesById.get(rs.getLong(2));
            int top = stage == null ? 0 : stage.top();
            int finished = rs.getInt(3);
            if (finished < 0) {
                furthest.merge(deal, top, Math::max);
                return;
            }
            furthestEntered.merge(deal, top, Math::max);
            if (finished > 0 && stage != null && stage.kind() == StageKind.OPEN) {
                long[] sum = stays.computeIfAbsent(stage.id(), id -> new long[2]);
                sum[0] += finished;
                sum[1] += rs.getLong(4);
            }
        });
        long cohort = furthest.size();
        Map<Integer, Long> byTop = new TreeMap<>();
        furthest.forEach(
                (deal, top) -> byTop.merge(Math.max(top, furthestEntered.getOrDefault(deal, 0)), 1L, Long::sum));
        List<FunnelStage> bars = new ArrayList<>();
        for (StageRow stage : pipeline) {
            if (stage.kind() == StageKind.LOST) {
                continue;
            }
            int top = stage.top();
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
        List<String> cuts = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (StageRow stage : pipeline) {
            if (stage.kind() == StageKind.OPEN && stage.limitDays() != null) {
                params.addValue("before" + stage.id(), Timestamp.from(now.minus(Duration.ofDays(stage.limitDays()))));
                params.addValue("cut" + stage.id(), null);
                cuts.add(STUCK_CUT.formatted(stage.id(), owned, Funnel.SHOWN));
                heads.add(STUCK_HEAD.formatted(stage.id(), owned));
                counts.add(STUCK_COUNT.formatted(stage.id(), owned));
            }
        }
        if (heads.isEmpty()) {
            return 0;
        }
        jdbc.query(String.join("\nUNION ALL\n", cuts), params, (RowCallbackHandler)
                rs -> params.addValue("cut" + rs.getLong(1), rs.getTimestamp(2)));
        jdbc.query(
                STUCK_SHOWN.formatted(String.join("\nUNION ALL\n", heads), Funnel.SHOWN), params, (RowCallbackHandler)
                        rs -> shown.add(new StuckDeal(
                                rs.getInt(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                Duration.between(rs.getTimestamp(6).toInstant(), now)
                                        .toDays(),
                                rs.getInt(7))));
        if (shown.size() < Funnel.SHOWN) {
            return shown.size();
        }
        return jdbc.queryForList(String.join("\nUNION ALL\n", counts), params, Long.class).stream()
                .mapToLong(Long::longValue)
                .sum();
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

    private record StageRow(long id, String name, String thaiName, int position, StageKind kind, Integer limitDays) {

        /** How far a deal in this stage has come: a won stage beyond every open one; a lost one not at all. */
        int top() {
            return switch (kind) {
                case WON -> WON_TOP;
                case OPEN -> position;
                case LOST -> 0;
            };
        }
    }
}
