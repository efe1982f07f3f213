package io.salesbot.forecast;

import io.salesbot.campaign.CampaignService;
import io.salesbot.campaign.CampaignView;
import io.salesbot.campaign.Codes;
import io.salesbot.common.NotFoundException;
import io.salesbot.opportunity.StageKind;
import io.salesbot.reply.Period;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.MemberView;
import io.salesbot.workspace.WorkspaceService;
import io.salesbot.workspace.WorkspaceSettings;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pipeline, forecast, stale and slipping deals. Everyone in a workspace may see the team's
 * numbers; numbers of one other rep, or broken down per rep, are for managers.
 */
@Service
public class ForecastService {

    private static final String ALERT_COLUMNS = """
            SELECT o.number, o.name, m.display_name, m.platform_user_id, s.name AS stage,
                   o.estimated_revenue, o.expected_close_date, o.updated_at
            FROM opportunity o
            JOIN member m ON m.id = o.owner_id
            JOIN stage s ON s.id = o.stage_id
            WHERE o.workspace_id = :ws AND o.stage_kind = 'OPEN'
            """;

    private static final String ALERT_COUNT = """
            SELECT COUNT(*) FROM opportunity o
            WHERE o.workspace_id = :ws AND o.stage_kind = 'OPEN'
            """;

    /**
     * The pipeline's frame: every stage in order, open stages with the sums of their open deals,
     * the won and lost stages with this quarter's closed deals of their kind (a pipeline has one
     * of each). The two {@code %s} are those sums, by stage id and by stage kind.
     */
    private static final String PIPELINE = """
            SELECT s.name, s.thai_name, s.kind, COALESCE(o.deals, c.deals, 0), COALESCE(o.estimated, c.estimated, 0),
                   COALESCE(o.expected, c.expected, 0)
            FROM stage s
            LEFT JOIN (%s) o ON o.stage_id = s.id
            LEFT JOIN (%s) c ON c.stage_kind = s.kind
            WHERE s.workspace_id = :ws
            ORDER BY s.position""";

    // From the roll-ups (V5__deal_totals.sql): a few thousand rows however many deals there are.
    private static final String OPEN_FROM_TOTALS = """
            SELECT t.stage_id, SUM(t.deals) AS deals, SUM(t.estimated) AS estimated, SUM(t.expected) AS expected
            FROM open_deal_total t WHERE t.workspace_id = :ws%s
            GROUP BY t.stage_id""";

    private static final String CLOSED_FROM_TOTALS = """
            SELECT t.stage_kind, SUM(t.deals) AS deals, SUM(t.estimated) AS estimated, SUM(t.expected) AS expected
            FROM monthly_deal_total t WHERE t.workspace_id = :ws AND t.stage_kind IN ('WON', 'LOST')
              AND t.close_month BETWEEN :from AND :to%s
            GROUP BY t.stage_kind""";

    // From the deals, for filters the roll-ups do not carry (type, campaign): range scans of
    // their covering indexes (ix_opportunity_open_stage, ix_opportunity_forecast).
    private static final String OPEN_FROM_DEALS = """
            SELECT o.stage_id, COUNT(*) AS deals, SUM(o.estimated_revenue) AS estimated,
                   SUM(ROUND(o.estimated_revenue * o.probability / 100, 2)) AS expected
            FROM opportunity o WHERE o.workspace_id = :ws AND o.stage_kind = 'OPEN'%s
            GROUP BY o.stage_id""";

    private static final String CLOSED_FROM_DEALS = """
            SELECT o.stage_kind, COUNT(*) AS deals, SUM(o.estimated_revenue) AS estimated,
                   SUM(ROUND(o.estimated_revenue * o.probability / 100, 2)) AS expected
            FROM opportunity o WHERE o.workspace_id = :ws AND o.stage_kind IN ('WON', 'LOST')
              AND o.expected_close_date BETWEEN :from AND :to%s
            GROUP BY o.stage_kind""";

    // Open deals in the forecast (not Omitted) due before today: the months gone by from the
    // forecast roll-up (V8), the days of this month gone by from the deals (a short index range).
    private static final String OVERDUE = """
            SELECT COALESCE(SUM(d), 0), COALESCE(SUM(e), 0), COALESCE(SUM(x), 0) FROM (
                SELECT SUM(t.deals) AS d, SUM(t.estimated) AS e, SUM(t.expected) AS x
                FROM forecast_deal_total t
                WHERE t.workspace_id = :ws AND t.category IN ('PIPELINE', 'BEST_CASE', 'COMMIT')
                  AND t.close_month < :monthStart%s
                UNION ALL
                SELECT COUNT(*), SUM(o.estimated_revenue), SUM(ROUND(o.estimated_revenue * o.probability / 100, 2))
                FROM opportunity o
                WHERE o.workspace_id = :ws AND o.stage_kind = 'OPEN' AND o.forecast_category <> 'OMITTED'
                  AND o.expected_close_date >= :monthStart AND o.expected_close_date < :today%s
            ) overdue""";

    // Open deals without a close date belong to no period: counted apart so none goes missing.
    private static final String UNDATED = """
            SELECT COUNT(*), COALESCE(SUM(o.estimated_revenue), 0), COALESCE(MIN(o.number), 0)
            FROM opportunity o
            WHERE o.workspace_id = :ws AND o.stage_kind = 'OPEN' AND o.forecast_category <> 'OMITTED'
              AND o.expected_close_date IS NULL""";

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkspaceService workspaces;
    private final CampaignService campaigns;
    private final ForecastSql forecastSql;
    private final QuotaService quotas;
    private final Clock clock;

    ForecastService(
            NamedParameterJdbcTemplate jdbc,
            WorkspaceService workspaces,
            CampaignService campaigns,
            ForecastSql forecastSql,
            QuotaService quotas,
            Clock clock) {
        this.quotas = quotas;
        this.jdbc = jdbc;
        this.workspaces = workspaces;
        this.campaigns = campaigns;
        this.forecastSql = forecastSql;
        this.clock = clock;
    }

    // The reports run without a transaction of their own: each is one aggregate statement (plus
    // the settings), and a read-only transaction's five round trips cost more than the pipeline's
    // query on the roll-ups (BENCHMARKS.md).
    public Pipeline pipeline(Actor actor, PipelineQuery query) {
        WorkspaceSettings settings = workspaces.enteredSettings(actor);
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        LocalDate quarterFrom = Granularity.QUARTER.startOf(today);
        LocalDate quarterTo = Granularity.QUARTER.endOf(today);
        ReportFilters filters = filters(actor, query);
        MapSqlParameterSource params = new MapSqlParameterSource("ws", actor.workspaceId())
                .addValue("from", Date.valueOf(quarterFrom))
                .addValue("to", Date.valueOf(quarterTo));
        filters.bind(params);
        String sql;
        if (filters.typeId() == null && filters.campaignId() == null) {
            String owner = filters.ownerId() == null ? "" : " AND t.owner_id = :owner";
            sql = PIPELINE.formatted(OPEN_FROM_TOTALS.formatted(owner), CLOSED_FROM_TOTALS.formatted(owner));
        } else {
            sql = PIPELINE.formatted(
                    OPEN_FROM_DEALS.formatted(filters.sql()), CLOSED_FROM_DEALS.formatted(filters.sql()));
        }
        List<PipelineRow> rows = jdbc.query(
                sql,
                params,
                (rs, i) -> new PipelineRow(
                        rs.getString(1),
                        rs.getString(2),
                        StageKind.valueOf(rs.getString(3)),
                        rs.getLong(4),
                        rs.getBigDecimal(5).setScale(2),
                        rs.getBigDecimal(6).setScale(2)));
        return new Pipeline(rows, quarterFrom, quarterTo, settings.currency(), filters);
    }

    /**
     * The owner, type and campaign a question names, each looked up once (an unknown one is an
     * error that lists the known ones, never a quietly empty report).
     */
    public ReportFilters filters(Actor actor, PipelineQuery query) {
        MemberView owner = query.owner() == null ? null : workspaces.member(actor, query.owner());
        Long typeId = null;
        String typeCode = null;
        if (query.type() != null) {
            typeCode = Codes.of("type", query.type());
            List<Long> ids = jdbc.queryForList(
                    "SELECT id FROM deal_type WHERE workspace_id = :ws AND code = :code",
                    new MapSqlParameterSource("ws", actor.workspaceId()).addValue("code", typeCode),
                    Long.class);
            if (ids.isEmpty()) {
                throw new NotFoundException(
                        "error.type.unknown",
                        query.type(),
                        String.join(
                                ", ",
                                jdbc.queryForList(
                                        "SELECT code FROM deal_type WHERE workspace_id = :ws ORDER BY code",
                                        new MapSqlParameterSource("ws", actor.workspaceId()),
                                        String.class)));
            }
            typeId = ids.get(0);
        }
        CampaignView campaign = query.campaign() == null ? null : campaigns.find(actor, query.campaign());
        return new ReportFilters(
                owner == null ? null : owner.id(),
                owner == null ? null : owner.displayName(),
                typeId,
                typeCode,
                campaign == null ? null : campaign.id(),
                campaign == null ? null : campaign.name());
    }

    /**
     * The forecast of {@code query}; open deals whose close date has passed count in the period
     * holding today (see {@link Forecast#overdue()}).
     */
    public Forecast forecast(Actor actor, ForecastQuery query) {
        WorkspaceSettings settings = workspaces.enteredSettings(actor);
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        ReportFilters filters = filters(actor, PipelineQuery.of(query.owner()));
        MapSqlParameterSource params = new MapSqlParameterSource("ws", actor.workspaceId())
                .addValue("today", Date.valueOf(today))
                .addValue("monthStart", Date.valueOf(today.withDayOfMonth(1)));
        filters.bind(params);
        Forecast.Overdue overdue = jdbc.queryForObject(
                OVERDUE.formatted(filters.ownerId() == null ? "" : " AND t.owner_id = :owner", filters.sql()),
                params,
                (rs, i) -> new Forecast.Overdue(
                        rs.getLong(1),
                        rs.getBigDecimal(2).setScale(2),
                        rs.getBigDecimal(3).setScale(2)));
        Forecast.Undated undated = jdbc.queryForObject(
                UNDATED + filters.sql(),
                params,
                (rs, i) ->
                        new Forecast.Undated(rs.getLong(1), rs.getBigDecimal(2).setScale(2), rs.getInt(3)));
        return new Forecast(
                query,
                forecastSql.rows(actor.workspaceId(), query, filters.ownerId(), today, quotas(actor, query)),
                settings.currency(),
                filters,
                query.granularity().label(today),
                overdue,
                undated);
    }

    /**
     * One period's forecast for one rep ({@code memberId}) or, with null, the team: won, Commit,
     * Best case, Pipeline, weighted and quota, counted exactly as {@code /forecast} counts them
     * (Omitted deals left out; overdue open deals in the period holding today).
     */
    public PeriodForecast periodForecast(Actor actor, Long memberId, Period period) {
        WorkspaceSettings settings = workspaces.enteredSettings(actor);
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        ForecastQuery query = onePeriod(period, GroupBy.NONE);
        List<ForecastRow> rows = forecastSql.rows(actor.workspaceId(), query, memberId, today);
        ForecastRow row = rows.isEmpty() ? ForecastRow.empty(period.label(), null) : rows.get(0);
        QuotaBook book = quotas.book(actor, List.of(period.year()));
        return PeriodForecast.of(row, memberId, book.quota(memberId, period));
    }

    /**
     * One period's forecast of every rep who has deals counted in it or a quota for it, by member
     * id (the team's is {@link #periodForecast} with null).
     */
    public Map<Long, PeriodForecast> periodForecastPerRep(Actor actor, Period period) {
        WorkspaceSettings settings = workspaces.enteredSettings(actor);
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        QuotaBook book = quotas.book(actor, List.of(period.year()));
        Map<Long, PeriodForecast> perRep = new java.util.TreeMap<>();
        for (ForecastRow row : forecastSql.rowsPerOwnerId(actor.workspaceId(), onePeriod(period, GroupBy.REP), today)) {
            long id = Long.parseLong(row.group());
            perRep.put(id, PeriodForecast.of(row, id, book.quota(id, period)));
        }
        // A rep with no deals counted yet still has their quota, set for the period or made of its parts.
        for (long id : book.reps()) {
            book.quota(id, period)
                    .ifPresent(quota -> perRep.computeIfAbsent(
                            id,
                            rep -> PeriodForecast.of(
                                    ForecastRow.empty(period.label(), null), rep, java.util.Optional.of(quota))));
        }
        return perRep;
    }

    /**
     * What each rep won in each period of {@code granularity} from the one holding {@code from}
     * to the one holding {@code to}, by the period's first day and member id, counted as
     * {@code /forecast} counts it: one read for every period, where {@link #periodForecastPerRep}
     * reads one.
     */
    public Map<LocalDate, Map<Long, BigDecimal>> wonPerRep(
            Actor actor, Granularity granularity, LocalDate from, LocalDate to) {
        return forecastSql.wonPerOwnerId(actor.workspaceId(), granularity, from, to);
    }

    /** Quotas of the years a forecast's periods fall in, read once. */
    public QuotaBook quotas(Actor actor, ForecastQuery query) {
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        for (int year = query.from().getYear(); year <= query.to().getYear(); year++) {
            years.add(year);
        }
        return quotas.book(actor, years);
    }

    static ForecastQuery onePeriod(Period period, GroupBy groupBy) {
        LocalDate start = switch (period.kind()) {
            case MONTH -> LocalDate.of(period.year(), period.index(), 1);
            case QUARTER -> LocalDate.of(period.year(), (period.index() - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(period.year(), 1, 1);
        };
        Granularity granularity = Granularity.valueOf(period.kind().name());
        return new ForecastQuery(granularity, start, start, groupBy, null);
    }

    /** Open deals whose expected close date is before today in the workspace's time zone. */
    @Transactional(readOnly = true)
    public DealAlerts slippingDeals(Actor actor, String owner) {
        return slippingDeals(actor, filters(actor, PipelineQuery.of(owner)));
    }

    /** Slipping deals that pass every filter of a report. */
    @Transactional(readOnly = true)
    public DealAlerts slippingDeals(Actor actor, ReportFilters filters) {
        LocalDate today =
                LocalDate.now(clock.withZone(workspaces.enteredSettings(actor).zone()));
        MapSqlParameterSource params =
                new MapSqlParameterSource("ws", actor.workspaceId()).addValue("today", Date.valueOf(today));
        return alerts(filters, params, "o.expected_close_date < :today", "o.expected_close_date");
    }

    /** Open deals whose close date was pushed out three times or more, the most pushed first. */
    @Transactional(readOnly = true)
    public DealAlerts pushedOutDeals(Actor actor, ReportFilters filters) {
        MapSqlParameterSource params = new MapSqlParameterSource("ws", actor.workspaceId());
        return alerts(filters, params, "o.slip_count >= " + PUSHED_OUT_LIST, "o.slip_count DESC");
    }

    /** How many times a deal's close date must have been pushed out for the pipeline to name it. */
    public static final int PUSHED_OUT_LIST = 3;

    /** Open deals nobody changed for {@code days} days. */
    @Transactional(readOnly = true)
    public DealAlerts staleDeals(Actor actor, String owner, int days) {
        return staleDeals(actor, filters(actor, PipelineQuery.of(owner)), days);
    }

    /**
     * Stale deals that pass every filter of a report: in a stage with a stuck-after limit
     * ({@code /salesbot stages limit}), those that stayed in it longer than the limit; in any
     * other stage, those nobody changed for {@code days} days. Listed by how long they have been
     * stale, longest first.
     */
    @Transactional(readOnly = true)
    public DealAlerts staleDeals(Actor actor, ReportFilters filters, int days) {
        Timestamp since = Timestamp.from(clock.instant().minus(Duration.ofDays(days)));
        MapSqlParameterSource params = new MapSqlParameterSource("ws", actor.workspaceId())
                .addValue("since", since)
                .addValue("now", Timestamp.from(clock.instant()))
                .addValue("days", days)
                .addValue(
                        "today",
                        Date.valueOf(LocalDate.now(
                                clock.withZone(workspaces.enteredSettings(actor).zone()))));
        // A deal whose owner snoozed its alerts (/opp snooze) is not called stale until the snooze ends.
        String notSnoozed = " AND (o.snoozed_until IS NULL OR o.snoozed_until <= :today)";
        if (!hasStageLimits(actor)) {
            // The plain rule reads ix_opportunity_activity in order and stops at the first 50.
            return alerts(filters, params, "o.updated_at < :since" + notSnoozed, "o.updated_at");
        }
        return alerts(filters, params, Staleness.STALE_AT + " < :now" + notSnoozed, Staleness.STALE_AT);
    }

    /** Whether any stage of the workspace has a stuck-after limit (then "stale" reads it). */
    @Transactional(readOnly = true)
    public boolean hasStageLimits(Actor actor) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM stage WHERE workspace_id = :ws AND stuck_after_days IS NOT NULL)",
                new MapSqlParameterSource("ws", actor.workspaceId()),
                Boolean.class));
    }

    /** Open deals that pass every filter of a report and are expected to close from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public DealAlerts closingBetween(Actor actor, ReportFilters filters, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = new MapSqlParameterSource("ws", actor.workspaceId())
                .addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to));
        return alerts(filters, params, "o.expected_close_date BETWEEN :from AND :to", "o.expected_close_date");
    }

    /** Open deals that pass every filter of a report and have no next step planned. */
    @Transactional(readOnly = true)
    public DealAlerts dealsWithoutNextStep(Actor actor, ReportFilters filters) {
        MapSqlParameterSource params = new MapSqlParameterSource("ws", actor.workspaceId());
        return alerts(filters, params, "o.next_step IS NULL", "o.updated_at");
    }

    /** Open deals that pass every filter of a report whose next step's day is before today in the workspace. */
    @Transactional(readOnly = true)
    public DealAlerts nextStepsOverdue(Actor actor, ReportFilters filters) {
        LocalDate today =
                LocalDate.now(clock.withZone(workspaces.enteredSettings(actor).zone()));
        MapSqlParameterSource params =
                new MapSqlParameterSource("ws", actor.workspaceId()).addValue("today", Date.valueOf(today));
        return alerts(filters, params, "o.next_step_due < :today", "o.next_step_due");
    }

    /**
     * Deals won and lost at or after {@code since} (for the digest): counts and totals over all of
     * them, and the newest {@code named} of each by name.
     */
    @Transactional(readOnly = true)
    public Map<StageKind, ClosedDeals> closedSince(Actor actor, java.time.Instant since, int named) {
        MapSqlParameterSource params = new MapSqlParameterSource("ws", actor.workspaceId())
                .addValue("since", Timestamp.from(since))
                .addValue("named", named);
        Map<StageKind, List<ClosedDeals.Named>> newest = new EnumMap<>(StageKind.class);
        jdbc.query("""
                SELECT stage_kind, number, name FROM (
                    SELECT o.stage_kind, o.number, o.name,
                           ROW_NUMBER() OVER (PARTITION BY o.stage_kind ORDER BY o.closed_at DESC, o.number DESC) AS n
                    FROM opportunity o
                    WHERE o.workspace_id = :ws AND o.stage_kind IN ('WON', 'LOST') AND o.closed_at >= :since
                ) ranked
                WHERE n <= :named
                ORDER BY stage_kind, n""", params, (RowCallbackHandler)
                rs -> newest.computeIfAbsent(StageKind.valueOf(rs.getString(1)), kind -> new ArrayList<>())
                        .add(new ClosedDeals.Named(rs.getInt(2), rs.getString(3))));
        Map<StageKind, ClosedDeals> closed = new EnumMap<>(StageKind.class);
        jdbc.query("""
                SELECT o.stage_kind, COUNT(*), COALESCE(SUM(o.estimated_revenue), 0)
                FROM opportunity o
                WHERE o.workspace_id = :ws AND o.stage_kind IN ('WON', 'LOST') AND o.closed_at >= :since
                GROUP BY o.stage_kind""", params, (RowCallbackHandler) rs -> {
            StageKind kind = StageKind.valueOf(rs.getString(1));
            closed.put(kind, new ClosedDeals(rs.getLong(2), rs.getBigDecimal(3), newest.getOrDefault(kind, List.of())));
        });
        return closed;
    }

    private DealAlerts alerts(ReportFilters filters, MapSqlParameterSource params, String condition, String order) {
        String where = " AND " + condition + filters.sql();
        filters.bind(params);
        List<DealAlert> shown = jdbc.query(
                ALERT_COLUMNS + where + " ORDER BY " + order + ", o.number LIMIT " + DealAlerts.SHOWN,
                params,
                (rs, i) -> alert(rs));
        // Counted apart only when the list is full: "52 slipping" must not read as 50.
        // Only a condition on the stage (its stuck-after limit) needs the stage in the count.
        String count = condition.contains("s.stuck_after_days")
                ? ALERT_COUNT.replace("WHERE", "JOIN stage s ON s.id = o.stage_id\nWHERE")
                : ALERT_COUNT;
        long total =
                shown.size() < DealAlerts.SHOWN ? shown.size() : jdbc.queryForObject(count + where, params, Long.class);
        return new DealAlerts(total, shown);
    }

    private static DealAlert alert(ResultSet rs) throws SQLException {
        return new DealAlert(
                rs.getInt(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getBigDecimal(6),
                rs.getObject(7, LocalDate.class),
                rs.getTimestamp(8).toInstant());
    }
}
