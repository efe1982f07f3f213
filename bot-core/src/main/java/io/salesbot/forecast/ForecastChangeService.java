package io.salesbot.forecast;

import io.salesbot.common.InvalidInputException;
import io.salesbot.forecast.ForecastChanges.Bar;
import io.salesbot.forecast.ForecastChanges.DealChange;
import io.salesbot.forecast.ForecastChanges.SlipRate;
import io.salesbot.forecast.OpenForecast.PeriodRange;
import io.salesbot.opportunity.ChangeField;
import io.salesbot.opportunity.ForecastCategory;
import io.salesbot.opportunity.StageKind;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.WorkspaceService;
import io.salesbot.workspace.WorkspaceSettings;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * How a period's open forecast moved between two moments, from the history we keep: only the
 * deals changed since the earlier moment can have moved it (plus, when a period boundary passed,
 * the open overdue deals the calendar carried), so only they are read, each replayed back to the
 * two moments from its state now (see {@link DealMoment}), judged by the one rule of what the
 * forecast counts ({@link OpenForecast}) and put in the one bar its move belongs to
 * ({@link ForecastMove}). The figure at the end is {@code /forecast}'s own; the one at the start
 * is it minus the bars, which the exactness test compares with the figure recorded then.
 */
@Service
public class ForecastChangeService {

    private static final Set<String> FIELDS_READ = Set.of(
            ChangeField.CREATED.name(),
            ChangeField.STAGE.name(),
            ChangeField.REOPENED.name(),
            ChangeField.AMOUNT.name(),
            ChangeField.PROBABILITY.name(),
            ChangeField.CLOSE_DATE.name(),
            ChangeField.CLOSED_ON.name(),
            ChangeField.OWNER.name(),
            ChangeField.CATEGORY.name());

    // Owners' names come from one read of the members, not a join per row.
    private static final String DEAL_COLUMNS = """
            SELECT o.id, o.number, o.name, o.owner_id, o.stage_kind, o.estimated_revenue,
                   o.expected_close_date, o.probability, o.created_at, o.forecast_category
            FROM opportunity o
            """;

    // The changes since that can move a forecast, each with its deal as it is now: a range of
    // ix_change_workspace_time (which holds all that is read of a change, V17), then the deals by
    // primary key; put in order here. Only a deal due by the period's end can count in it (an
    // overdue one counts on today, which is no later), and its close date changes only by
    // CLOSE_DATE and CLOSED_ON: a deal due later, or undated, without such a change since,
    // counted at none of the moments, and is left in the database.
    private static final String CHANGES_WITH_DEALS = """
            SELECT o.id, o.number, o.name, o.owner_id, o.stage_kind, o.estimated_revenue,
                   o.expected_close_date, o.probability, o.created_at, o.forecast_category,
                   h.field, h.from_value, h.from_ref, h.changed_at, h.id
            FROM opportunity_change h
            JOIN opportunity o ON o.id = h.opportunity_id
            WHERE h.workspace_id = :ws AND h.changed_at > :since AND h.field IN (:fields)
              AND (o.expected_close_date <= :periodTo OR o.id IN (
                  SELECT d.opportunity_id FROM opportunity_change d
                  WHERE d.workspace_id = :ws AND d.changed_at > :since AND d.field IN ('CLOSE_DATE', 'CLOSED_ON')))""";

    private static final String OVERDUE_DEALS = DEAL_COLUMNS + """
            WHERE o.workspace_id = :ws AND o.stage_kind = 'OPEN' AND o.expected_close_date < :today""";

    // Per rep, the period's deals (open or closed, by close date) and how many of them slipped.
    private static final String SLIP_RATES = """
            SELECT m.display_name, s.deals, s.slipped
            FROM (SELECT o.owner_id, COUNT(*) AS deals, SUM(o.slip_count > 0) AS slipped
                  FROM opportunity o
                  WHERE o.workspace_id = :ws AND o.expected_close_date BETWEEN :from AND :to%s
                  GROUP BY o.owner_id) s
            JOIN member m ON m.id = s.owner_id
            ORDER BY s.slipped * 1.0 / s.deals DESC, m.display_name""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ForecastService forecasts;
    private final ForecastSql forecastSql;
    private final WorkspaceService workspaces;
    private final Clock clock;

    ForecastChangeService(
            NamedParameterJdbcTemplate jdbc,
            ForecastService forecasts,
            ForecastSql forecastSql,
            WorkspaceService workspaces,
            Clock clock) {
        this.jdbc = jdbc;
        this.forecasts = forecasts;
        this.forecastSql = forecastSql;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** How the forecast of the period holding {@code query.from()} moved from {@code since} to now. */
    public ForecastChanges changes(Actor actor, ForecastQuery query, Instant since) {
        return changes(actor, query, since, clock.instant());
    }

    /** How the forecast of the period holding {@code query.from()} moved from {@code since} to {@code until}. */
    public ForecastChanges changes(Actor actor, ForecastQuery query, Instant since, Instant until) {
        Instant now = clock.instant();
        Instant end = until.isAfter(now) ? now : until;
        if (!since.isBefore(end)) {
            throw new InvalidInputException("since", "error.forecast.changes.since");
        }
        WorkspaceSettings settings = workspaces.enteredSettings(actor);
        ZoneId zone = settings.zone();
        Granularity granularity = query.granularity();
        LocalDate periodFrom = granularity.startOf(query.from());
        PeriodRange period = new PeriodRange(periodFrom, granularity.endOf(periodFrom));
        String label = granularity.label(periodFrom);
        // The figure /forecast shows now, by its own aggregate: the end of every waterfall ends
        // there (the rest of /forecast, quotas and undated deals, is not needed here).
        ReportFilters filters = forecasts.filters(actor, PipelineQuery.of(query.owner()));
        Long ownerId = filters.ownerId();
        BigDecimal figureNow = forecastSql
                .rows(
                        actor.workspaceId(),
                        new ForecastQuery(granularity, periodFrom, periodFrom, GroupBy.NONE, null),
                        ownerId,
                        LocalDate.now(clock.withZone(zone)))
                .stream()
                .filter(row -> row.period().equals(label))
                .map(ForecastRow::openUnweighted)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        LocalDate todaySince = LocalDate.ofInstant(since, zone);
        LocalDate todayEnd = LocalDate.ofInstant(end, zone);
        LocalDate todayNow = LocalDate.ofInstant(now, zone);
        MapSqlParameterSource params = new MapSqlParameterSource("ws", actor.workspaceId())
                .addValue("since", Timestamp.from(since))
                .addValue("today", Date.valueOf(todayNow))
                .addValue("periodTo", Date.valueOf(period.to()))
                .addValue("fields", FIELDS_READ);
        // A deal changed since only in ways no forecast reads (a next step, a note) moved nothing.
        Map<Long, Deal> deals = new HashMap<>();
        Map<Long, List<Logged>> logged = new HashMap<>();
        jdbc.query(CHANGES_WITH_DEALS, params, rs -> {
            long id = rs.getLong(1);
            if (!deals.containsKey(id)) {
                deals.put(id, deal(rs));
            }
            logged.computeIfAbsent(id, key -> new ArrayList<>())
                    .add(new Logged(
                            new DealMoment.Change(
                                    ChangeField.valueOf(rs.getString(11)),
                                    rs.getString(12),
                                    rs.getObject(13, Long.class),
                                    rs.getTimestamp(14).toInstant()),
                            rs.getLong(15)));
        });
        // Each deal's changes newest first: a deal is replayed back from now.
        Map<Long, List<DealMoment.Change>> history = new HashMap<>();
        logged.forEach((id, changes) -> history.put(
                id,
                changes.stream().sorted(Logged.NEWEST_FIRST).map(Logged::change).toList()));
        boolean calendarMoved = period.relationTo(todaySince) != period.relationTo(todayNow)
                || period.relationTo(todayEnd) != period.relationTo(todayNow);
        if (calendarMoved) {
            // Unchanged open deals past their date count in the period holding today, whichever it is.
            jdbc.query(OVERDUE_DEALS, params, rs -> {
                deals.putIfAbsent(rs.getLong(1), deal(rs));
            });
        }
        Map<String, Long> membersByName = needsNames(history.values()) ? membersByName(actor) : Map.of();
        Map<Long, String> names = memberNames(actor);

        Map<ForecastMove, List<DealChange>> moved = new EnumMap<>(ForecastMove.class);
        BigDecimal sinceEndToNow = BigDecimal.ZERO;
        for (Map.Entry<Long, Deal> entry : deals.entrySet()) {
            Deal deal = entry.getValue();
            DealMoment atNow = deal.now();
            DealMoment atEnd = atNow;
            DealMoment atSince = atNow;
            for (DealMoment.Change change : history.getOrDefault(entry.getKey(), List.of())) {
                if (change.at().isAfter(end)) {
                    atEnd = atEnd.before(change, membersByName);
                }
                atSince = atSince.before(change, membersByName);
            }
            atEnd = existing(atEnd, deal, end);
            atSince = existing(atSince, deal, since);
            boolean inSince = OpenForecast.counts(atSince, period, todaySince, ownerId);
            boolean inEnd = OpenForecast.counts(atEnd, period, todayEnd, ownerId);
            boolean inNow = OpenForecast.counts(atNow, period, todayNow, ownerId);
            sinceEndToNow = sinceEndToNow
                    .add(inNow ? atNow.amount() : BigDecimal.ZERO)
                    .subtract(inEnd ? atEnd.amount() : BigDecimal.ZERO);
            ForecastMove move = ForecastMove.classify(
                    inSince, inEnd, atSince, atEnd, deal.createdAt().isAfter(since), ownerId != null);
            if (move != null) {
                BigDecimal amount = inSince && inEnd
                        ? atEnd.amount().subtract(atSince.amount()).abs()
                        : inEnd ? atEnd.amount() : atSince.amount();
                moved.computeIfAbsent(move, m -> new ArrayList<>())
                        .add(new DealChange(
                                deal.number(),
                                deal.name(),
                                names.get(deal.now().ownerId()),
                                amount,
                                inSince ? atSince.amount() : null,
                                inEnd ? atEnd.amount() : null));
            }
        }
        List<Bar> bars = new ArrayList<>();
        moved.forEach((move, list) -> {
            list.sort(Comparator.comparing(DealChange::amount).reversed().thenComparing(DealChange::number));
            bars.add(new Bar(
                    move, list.stream().map(DealChange::amount).reduce(BigDecimal.ZERO, BigDecimal::add), list));
        });
        BigDecimal figureEnd = figureNow.subtract(sinceEndToNow);
        BigDecimal figureStart = bars.stream().map(Bar::signed).reduce(figureEnd, BigDecimal::subtract);
        return new ForecastChanges(
                label,
                period.from(),
                period.to(),
                since,
                end,
                figureStart,
                figureEnd,
                bars,
                slipRates(actor, period, ownerId),
                settings.currency(),
                filters);
    }

    /** Per rep, of the period's deals, how many had their close date pushed out at least once. */
    public List<SlipRate> slipRates(Actor actor, ForecastQuery query) {
        LocalDate from = query.granularity().startOf(query.from());
        Long ownerId = forecasts.filters(actor, PipelineQuery.of(query.owner())).ownerId();
        return slipRates(actor, new PeriodRange(from, query.granularity().endOf(from)), ownerId);
    }

    private List<SlipRate> slipRates(Actor actor, PeriodRange period, Long ownerId) {
        MapSqlParameterSource params = new MapSqlParameterSource("ws", actor.workspaceId())
                .addValue("from", Date.valueOf(period.from()))
                .addValue("to", Date.valueOf(period.to()))
                .addValue("owner", ownerId);
        return jdbc.query(
                SLIP_RATES.formatted(ownerId == null ? "" : " AND o.owner_id = :owner"),
                params,
                (rs, i) -> new SlipRate(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    // A deal created after the moment did not exist then, whatever its history says of that moment.
    private static DealMoment existing(DealMoment moment, Deal deal, Instant at) {
        return deal.createdAt().isAfter(at) ? moment.withExists(false) : moment;
    }

    private static boolean needsNames(Collection<List<DealMoment.Change>> histories) {
        return histories.stream()
                .flatMap(List::stream)
                .anyMatch(change -> change.field() == ChangeField.OWNER && change.fromRef() == null);
    }

    // Owner changes recorded before their ids were (V9): the member of that name, when only one has it.
    private Map<String, Long> membersByName(Actor actor) {
        Map<String, Long> byName = new HashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        jdbc.query(
                "SELECT display_name, id FROM member WHERE workspace_id = :ws",
                new MapSqlParameterSource("ws", actor.workspaceId()),
                rs -> {
                    if (byName.putIfAbsent(rs.getString(1), rs.getLong(2)) != null) {
                        shared.add(rs.getString(1));
                    }
                });
        shared.forEach(byName::remove);
        return byName;
    }

    private Map<Long, String> memberNames(Actor actor) {
        Map<Long, String> names = new HashMap<>();
        jdbc.query(
                "SELECT id, display_name FROM member WHERE workspace_id = :ws",
                new MapSqlParameterSource("ws", actor.workspaceId()),
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    private static Deal deal(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Deal(
                rs.getInt(2),
                rs.getString(3),
                new DealMoment(
                        true,
                        StageKind.valueOf(rs.getString(5)),
                        rs.getBigDecimal(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getLong(4),
                        rs.getInt(8),
                        ForecastCategory.OMITTED.name().equals(rs.getString(10))),
                rs.getTimestamp(9).toInstant());
    }

    private record Deal(int number, String name, DealMoment now, Instant createdAt) {}

    /** A change with its row id, which orders changes made at the same instant. */
    private record Logged(DealMoment.Change change, long id) {
        static final Comparator<Logged> NEWEST_FIRST = Comparator.comparing(
                        (Logged logged) -> logged.change().at())
                .thenComparingLong(Logged::id)
                .reversed();
    }
}
