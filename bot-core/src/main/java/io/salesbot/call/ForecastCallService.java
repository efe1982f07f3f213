package io.salesbot.call;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.MoneyRules;
import io.salesbot.common.TextRules;
import io.salesbot.forecast.Granularity;
import io.salesbot.reply.Money;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.MemberView;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reps' calls for a period: submitting one (kept with what the rep's deals said at that moment),
 * the latest call of each rep, and who has not called yet.
 */
@Service
public class ForecastCallService {

    static final int MAX_NOTE = 500;

    private static final String COLUMNS = """
            c.member_id, m.platform_user_id, m.display_name, c.granularity, c.period_start,
            c.commit_amount, c.best_amount, c.note, c.submitted_at,
            c.deals_won, c.deals_commit, c.deals_best, c.deals_pipeline""";

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkspaceService workspaces;
    private final RepFigures figures;
    private final Clock clock;

    ForecastCallService(NamedParameterJdbcTemplate jdbc, WorkspaceService workspaces, RepFigures figures, Clock clock) {
        this.jdbc = jdbc;
        this.workspaces = workspaces;
        this.figures = figures;
        this.clock = clock;
    }

    /**
     * The actor's call for {@code period}. Commit is what they are sure of and best case what they
     * could reach, so best case is never below commit. An earlier call for the period stays (the
     * latest counts), so accuracy can later ask what was called at any moment.
     */
    @Transactional
    public ForecastCall submit(Actor actor, CallPeriod period, BigDecimal commit, BigDecimal best, String note) {
        BigDecimal committed = MoneyRules.amount("commit", commit);
        BigDecimal bestCase = MoneyRules.amount("best", best);
        if (bestCase.compareTo(committed) < 0) {
            String currency = workspaces.enteredSettings(actor).currency();
            throw new InvalidInputException(
                    "best",
                    "error.call.bestBelowCommit",
                    new Money(bestCase, currency),
                    new Money(committed, currency));
        }
        String said = TextRules.optional("note", note, MAX_NOTE);
        Instant now = clock.instant();
        DealFigures then = figures.of(actor, period, actor.memberId());
        jdbc.update(
                """
                INSERT INTO forecast_call (workspace_id, member_id, granularity, period_start, commit_amount,
                    best_amount, note, submitted_at, platform, deals_won, deals_commit, deals_best,
                    deals_pipeline)
                VALUES (:ws, :member, :granularity, :start, :commit, :best, :note, :at, :platform, :won,
                    :dealsCommit, :dealsBest, :dealsPipeline)""",
                new MapSqlParameterSource("ws", actor.workspaceId())
                        .addValue("member", actor.memberId())
                        .addValue("granularity", period.granularity().name())
                        .addValue("start", Date.valueOf(period.start()))
                        .addValue("commit", committed)
                        .addValue("best", bestCase)
                        .addValue("note", said)
                        .addValue("at", Timestamp.from(now))
                        .addValue("platform", actor.platform().name())
                        .addValue("won", then.won())
                        .addValue("dealsCommit", then.commit())
                        .addValue("dealsBest", then.best())
                        .addValue("dealsPipeline", then.pipeline()));
        MemberView me = member(actor);
        return new ForecastCall(
                actor.memberId(), me.platformUserId(), me.displayName(), period, committed, bestCase, said, now, then);
    }

    /** What the actor's own deals say for the period now: what a call form starts from. */
    @Transactional(readOnly = true)
    public DealFigures ownFigures(Actor actor, CallPeriod period) {
        return figures.of(actor, period, actor.memberId());
    }

    /**
     * The managers' roll-up for {@code period}: every rep (each member with the rep role, and
     * anyone else who called) with their latest call, if any, beside what their deals say now.
     */
    @Transactional(readOnly = true)
    public CallRollup rollup(Actor actor, CallPeriod period) {
        actor.require(Role.MANAGER);
        Map<Long, ForecastCall> latest = latestCalls(actor.workspaceId(), period);
        Map<Long, RepFigures.RepForecast> now = figures.perRep(actor, period);
        List<CallRollup.Row> rows = new ArrayList<>();
        for (MemberView member : workspaces.members(actor)) {
            ForecastCall call = latest.get(member.id());
            if (call == null && member.role() != Role.REP) {
                continue;
            }
            rows.add(new CallRollup.Row(
                    member.id(),
                    member.platformUserId(),
                    member.displayName(),
                    call,
                    now.getOrDefault(member.id(), RepFigures.RepForecast.NONE).deals(),
                    now.getOrDefault(member.id(), RepFigures.RepForecast.NONE).quota()));
        }
        rows.sort(Comparator.comparing(CallRollup.Row::name, String.CASE_INSENSITIVE_ORDER));
        return new CallRollup(period, rows);
    }

    /**
     * The platform user ids of the reps (members with the rep role) who have not called for the
     * period: whom the weekly call nudges. For the notification schedule, which acts for no member.
     */
    @Transactional(readOnly = true)
    public List<String> notCalled(long workspaceId, CallPeriod period) {
        return jdbc.queryForList("""
                SELECT m.platform_user_id FROM member m
                WHERE m.workspace_id = :ws AND m.role = 'REP'
                  AND NOT EXISTS (SELECT 1 FROM forecast_call c
                                  WHERE c.workspace_id = :ws AND c.member_id = m.id
                                    AND c.granularity = :granularity AND c.period_start = :start)
                ORDER BY m.display_name""", periodParams(workspaceId, period), String.class);
    }

    /** Each member's latest call for the period, by member id. */
    Map<Long, ForecastCall> latestCalls(long workspaceId, CallPeriod period) {
        Map<Long, ForecastCall> latest = new LinkedHashMap<>();
        for (ForecastCall call : jdbc.query("SELECT " + COLUMNS + """
                         FROM forecast_call c JOIN member m ON m.id = c.member_id
                        WHERE c.workspace_id = :ws AND c.granularity = :granularity AND c.period_start = :start
                        ORDER BY c.submitted_at, c.id""", periodParams(workspaceId, period), CALL)) {
            latest.put(call.memberId(), call); // ordered by time: the last one stays
        }
        return latest;
    }

    /**
     * The calls that count for accuracy: for each rep who called for any of {@code periods} (one
     * granularity, oldest first), their latest call at or before each period's cut-off, picked in
     * the database so that only those are read. A rep whose calls all came too late comes with no
     * counted call.
     */
    List<CountedCall> counted(
            long workspaceId, List<CallPeriod> periods, Map<CallPeriod, Instant> cutOffs, Long member) {
        MapSqlParameterSource params = new MapSqlParameterSource("ws", workspaceId)
                .addValue("granularity", periods.get(0).granularity().name())
                .addValue("first", Date.valueOf(periods.get(0).start()))
                .addValue("last", Date.valueOf(periods.get(periods.size() - 1).start()));
        List<String> cuts = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            params.addValue("start" + i, Date.valueOf(periods.get(i).start()))
                    .addValue("cut" + i, Timestamp.from(cutOffs.get(periods.get(i))));
            cuts.add("SELECT CAST(:start%1$d AS DATE), CAST(:cut%1$d AS DATETIME(6))".formatted(i));
        }
        String ofMember = "";
        if (member != null) {
            params.addValue("member", member);
            ofMember = " AND member_id = :member";
        }
        return jdbc.query(
                """
                WITH cut (start, cut_off) AS (%1$s)
                SELECT c.member_id, m.platform_user_id, m.display_name, k.period_start, k.commit_amount, k.submitted_at
                FROM (SELECT DISTINCT member_id FROM forecast_call
                      WHERE workspace_id = :ws AND granularity = :granularity
                        AND period_start BETWEEN :first AND :last%2$s) c
                JOIN member m ON m.id = c.member_id
                LEFT JOIN (SELECT f.member_id, f.period_start, f.commit_amount, f.submitted_at,
                                  ROW_NUMBER() OVER (PARTITION BY f.member_id, f.period_start
                                                     ORDER BY f.submitted_at DESC, f.id DESC) AS latest
                           FROM forecast_call f JOIN cut ON cut.start = f.period_start AND f.submitted_at <= cut.cut_off
                           WHERE f.workspace_id = :ws AND f.granularity = :granularity%2$s) k
                       ON k.member_id = c.member_id AND k.latest = 1""".formatted(String.join(" UNION ALL ", cuts), ofMember),
                params,
                (rs, i) -> new CountedCall(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4) == null
                                ? null
                                : new CallPeriod(periods.get(0).granularity(), rs.getObject(4, LocalDate.class)),
                        rs.getBigDecimal(5),
                        rs.getObject(6) == null ? null : rs.getTimestamp(6).toInstant()));
    }

    /** A rep, and one period's call that counts ({@code period} null when none did). */
    record CountedCall(long memberId, String userId, String name, CallPeriod period, BigDecimal commit, Instant at) {}

    private static MapSqlParameterSource periodParams(long workspaceId, CallPeriod period) {
        return new MapSqlParameterSource("ws", workspaceId)
                .addValue("granularity", period.granularity().name())
                .addValue("start", Date.valueOf(period.start()));
    }

    private static final RowMapper<ForecastCall> CALL = (rs, i) -> new ForecastCall(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            new CallPeriod(Granularity.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class)),
            rs.getBigDecimal(6),
            rs.getBigDecimal(7),
            rs.getString(8),
            rs.getTimestamp(9).toInstant(),
            new DealFigures(rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13)));

    MemberView member(Actor actor) {
        return workspaces.members(actor).stream()
                .filter(member -> member.id() == actor.memberId())
                .findFirst()
                .orElseThrow();
    }

    ZoneId zone(Actor actor) {
        return workspaces.enteredSettings(actor).zone();
    }

    LocalDate today(Actor actor) {
        return LocalDate.now(clock.withZone(zone(actor)));
    }
}
