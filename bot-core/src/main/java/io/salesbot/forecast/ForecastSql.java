package io.salesbot.forecast;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The forecast aggregate: open deals in the forecast (per category) and won deals by period of
 * expected close date, optionally per rep, type, campaign or category. Omitted deals count only
 * when broken down by category, in a row of their own. Periods without deals are filled with
 * zeros so a chart has no holes.
 */
@Component
class ForecastSql {

    // MariaDB's earliest DATE: "from the beginning" for an inclusive range.
    private static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);

    private final NamedParameterJdbcTemplate jdbc;

    ForecastSql(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The rows of {@code query} as of {@code today}. An open deal whose close date has passed is
     * still to be closed, so it counts in the period holding today, never in a period gone by:
     * the months of a quarter then add up to the quarter, and the quarters to the year.
     */
    List<ForecastRow> rows(long workspaceId, ForecastQuery query, Long ownerId, LocalDate today) {
        return rows(workspaceId, query, ownerId, today, false, null);
    }

    /**
     * The rows with their quotas from {@code quotas}: a rep's row the rep's, an ungrouped row the
     * filtered rep's or the team's; rows by type, campaign or category none.
     */
    List<ForecastRow> rows(long workspaceId, ForecastQuery query, Long ownerId, LocalDate today, QuotaBook quotas) {
        return rows(workspaceId, query, ownerId, today, false, quotas);
    }

    /**
     * The rows of a forecast broken down by rep, each row's group being the rep's member id (as
     * text) rather than their name: for code that goes on with the ids.
     */
    List<ForecastRow> rowsPerOwnerId(long workspaceId, ForecastQuery query, LocalDate today) {
        return rows(workspaceId, query, null, today, true, null);
    }

    /**
     * What each owner won in each period from {@code from}'s to {@code to}'s, keyed by the period's
     * first day: the forecast's "won" alone, summed from the roll-up's closed rows, for questions
     * about periods that are over (accuracy), where the forecast's open figures are all zero.
     */
    Map<LocalDate, Map<Long, BigDecimal>> wonPerOwnerId(
            long workspaceId, Granularity granularity, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = new MapSqlParameterSource("ws", workspaceId)
                .addValue("from", Date.valueOf(granularity.startOf(from)))
                .addValue("to", Date.valueOf(granularity.endOf(to)));
        Map<LocalDate, Map<Long, BigDecimal>> won = new HashMap<>();
        jdbc.query("""
                SELECT %s AS period_start, t.owner_id, SUM(t.estimated)
                FROM forecast_deal_total t
                WHERE t.workspace_id = :ws AND t.category = 'CLOSED' AND t.close_month BETWEEN :from AND :to
                GROUP BY period_start, t.owner_id""".formatted(periodStart(granularity, "t.close_month")), params, rs -> {
            won.computeIfAbsent(rs.getObject(1, LocalDate.class), period -> new HashMap<>())
                    .put(rs.getLong(2), rs.getBigDecimal(3).setScale(2));
        });
        return won;
    }

    private List<ForecastRow> rows(
            long workspaceId, ForecastQuery query, Long ownerId, LocalDate today, boolean ids, QuotaBook quotas) {
        Granularity granularity = query.granularity();
        LocalDateRange range = new LocalDateRange(granularity.startOf(query.from()), granularity.endOf(query.to()));
        boolean fromTotals = fromTotals(query.groupBy());
        // The roll-up knows months: a deal due earlier this month is in this month's period anyway.
        LocalDate now = fromTotals ? today.withDayOfMonth(1) : today;
        MapSqlParameterSource params = new MapSqlParameterSource("ws", workspaceId)
                .addValue("from", Date.valueOf(range.from()))
                .addValue("to", Date.valueOf(range.to()))
                .addValue("now", Date.valueOf(now))
                // Open deals counted in the range: those due in it, and when it holds today, every
                // overdue one too; none when the whole range has gone by.
                .addValue("openFrom", Date.valueOf(now.isBefore(range.from()) ? range.from() : EARLIEST))
                .addValue("openTo", Date.valueOf(now.isAfter(range.to()) ? EARLIEST.minusDays(1) : range.to()));
        String sql = fromTotals ? fromMonthlyTotals(query, ownerId) : fromDeals(query, ownerId);
        if (ownerId != null) {
            params.addValue("owner", ownerId);
        }
        // Grouping by the id keeps the aggregate on the covering index; names are looked up after.
        Map<Long, String> labels = ids ? Map.of() : labels(workspaceId, query.groupBy());
        boolean byCategory = query.groupBy() == GroupBy.CATEGORY;
        List<ForecastRow> found = new ArrayList<>(jdbc.query(
                sql,
                params,
                (rs, i) -> withQuota(
                        quotas,
                        query.groupBy(),
                        ownerId,
                        repId(rs, query.groupBy()),
                        new ForecastRow(
                                granularity.label(rs.getObject(1, java.time.LocalDate.class)),
                                rs.getObject(2) == null
                                        ? null
                                        : byCategory || ids ? rs.getString(2) : labels.get(rs.getLong(2)),
                                rs.getLong(3),
                                rs.getBigDecimal(4).setScale(2),
                                rs.getBigDecimal(5).setScale(2),
                                rs.getLong(6),
                                rs.getBigDecimal(7).setScale(2),
                                rs.getBigDecimal(8).setScale(2),
                                rs.getBigDecimal(9).setScale(2)))));
        found.sort(Comparator.comparing(ForecastRow::period)
                .thenComparing(
                        ForecastRow::group,
                        byCategory ? CATEGORY_ORDER : Comparator.nullsFirst(Comparator.naturalOrder())));
        return query.groupBy() == GroupBy.NONE
                ? withEmptyPeriods(found, granularity, range).stream()
                        .map(row -> withQuota(quotas, GroupBy.NONE, ownerId, null, row))
                        .toList()
                : found;
    }

    private static Long repId(java.sql.ResultSet rs, GroupBy by) throws java.sql.SQLException {
        return by == GroupBy.REP && rs.getObject(2) != null ? rs.getLong(2) : null;
    }

    private static ForecastRow withQuota(QuotaBook quotas, GroupBy by, Long ownerId, Long groupId, ForecastRow row) {
        if (quotas == null) {
            return row;
        }
        return switch (by) {
            case NONE -> row.withQuota(quotas.quota(ownerId, row.period()).orElse(null));
            case REP -> row.withQuota(quotas.quota(groupId, row.period()).orElse(null));
            default -> row;
        };
    }

    /** Categories in the order the forecast reads them: what is won, then from most to least sure. */
    private static final Comparator<String> CATEGORY_ORDER = Comparator.nullsFirst(Comparator.comparingInt(category ->
            List.of("CLOSED", "COMMIT", "BEST_CASE", "PIPELINE", "OMITTED").indexOf(category)));

    // The forecast roll-up (V8__forecast_categories_and_quotas.sql) knows rep, category and close
    // month, not type or campaign.
    private static boolean fromTotals(GroupBy groupBy) {
        return groupBy == GroupBy.NONE || groupBy == GroupBy.REP || groupBy == GroupBy.CATEGORY;
    }

    private static String fromMonthlyTotals(ForecastQuery query, Long ownerId) {
        // Omitted deals are in no forecast figure; broken down by category they get a row of their own.
        String counted = query.groupBy() == GroupBy.CATEGORY ? OPEN_CATEGORIES + ", 'OMITTED'" : OPEN_CATEGORIES;
        return """
                SELECT %1$s AS period_start, %2$s AS grp,
                       SUM(IF(t.category <> 'CLOSED', t.deals, 0)) AS open_deals,
                       SUM(IF(t.category <> 'CLOSED', t.estimated, 0)) AS open_unweighted,
                       SUM(IF(t.category <> 'CLOSED', t.expected, 0)) AS open_weighted,
                       SUM(IF(t.category = 'CLOSED', t.deals, 0)) AS won_deals,
                       SUM(IF(t.category = 'CLOSED', t.estimated, 0)) AS won,
                       SUM(IF(t.category = 'COMMIT', t.estimated, 0)) AS commit_amount,
                       SUM(IF(t.category IN ('COMMIT', 'BEST_CASE'), t.estimated, 0)) AS best_case
                FROM forecast_deal_total t
                WHERE t.workspace_id = :ws
                  AND (t.category = 'CLOSED' AND t.close_month BETWEEN :from AND :to
                       OR t.category IN (%3$s) AND t.close_month BETWEEN :openFrom AND :openTo)%4$s
                GROUP BY period_start, grp
                HAVING SUM(t.deals) > 0""".formatted(
                        periodStart(query.granularity(), countedOn("t")),
                        switch (query.groupBy()) {
                            case REP -> "t.owner_id";
                            case CATEGORY -> "t.category";
                            default -> "NULL";
                        },
                        counted,
                        ownerId == null ? "" : " AND t.owner_id = :owner");
    }

    private static final String OPEN_CATEGORIES = "'PIPELINE', 'BEST_CASE', 'COMMIT'";

    private static String fromDeals(ForecastQuery query, Long ownerId) {
        return """
                SELECT %s AS period_start, %s AS grp,
                       SUM(o.stage_kind = 'OPEN') AS open_deals,
                       COALESCE(SUM(CASE WHEN o.stage_kind = 'OPEN' THEN o.estimated_revenue END), 0) AS open_unweighted,
                       COALESCE(SUM(CASE WHEN o.stage_kind = 'OPEN'
                                         THEN ROUND(o.estimated_revenue * o.probability / 100, 2) END), 0) AS open_weighted,
                       SUM(o.stage_kind = 'WON') AS won_deals,
                       COALESCE(SUM(CASE WHEN o.stage_kind = 'WON' THEN o.estimated_revenue END), 0) AS won,
                       COALESCE(SUM(CASE WHEN o.stage_kind = 'OPEN' AND o.forecast_category = 'COMMIT'
                                         THEN o.estimated_revenue END), 0) AS commit_amount,
                       COALESCE(SUM(CASE WHEN o.stage_kind = 'OPEN' AND o.forecast_category IN ('COMMIT', 'BEST_CASE')
                                         THEN o.estimated_revenue END), 0) AS best_case
                FROM opportunity o
                WHERE o.workspace_id = :ws
                  AND (o.stage_kind = 'WON' AND o.expected_close_date BETWEEN :from AND :to
                       OR o.stage_kind = 'OPEN' AND o.forecast_category <> 'OMITTED'
                          AND o.expected_close_date BETWEEN :openFrom AND :openTo)%s
                GROUP BY period_start, grp""".formatted(
                        periodStart(query.granularity(), countedOn("o")),
                        groupColumn(query.groupBy()),
                        ownerId == null ? "" : " AND o.owner_id = :owner");
    }

    /** The date a row counts on: its close date, or for an overdue open deal, now. */
    private static String countedOn(String alias) {
        String date = alias.equals("t") ? "t.close_month" : "o.expected_close_date";
        String open = alias.equals("t") ? "t.category <> 'CLOSED'" : "o.stage_kind = 'OPEN'";
        return "IF(%1$s, GREATEST(%2$s, :now), %2$s)".formatted(open, date);
    }

    private Map<Long, String> labels(long workspaceId, GroupBy groupBy) {
        String sql = switch (groupBy) {
            case NONE, CATEGORY -> null;
            case REP -> "SELECT id, display_name FROM member WHERE workspace_id = :ws";
            case TYPE -> "SELECT id, code FROM deal_type WHERE workspace_id = :ws";
            case CAMPAIGN -> "SELECT id, name FROM campaign WHERE workspace_id = :ws";
        };
        Map<Long, String> labels = new java.util.HashMap<>();
        if (sql != null) {
            jdbc.query(sql, new MapSqlParameterSource("ws", workspaceId), rs -> {
                labels.put(rs.getLong(1), rs.getString(2));
            });
        }
        return labels;
    }

    private static List<ForecastRow> withEmptyPeriods(
            List<ForecastRow> found, Granularity granularity, LocalDateRange range) {
        Map<String, ForecastRow> byPeriod = new LinkedHashMap<>();
        found.forEach(row -> byPeriod.put(row.period(), row));
        List<ForecastRow> all = new ArrayList<>();
        int guard = 0;
        for (var start = range.from();
                !start.isAfter(range.to()) && guard++ < ForecastQuery.MAX_PERIODS;
                start = granularity.next(start)) {
            String label = granularity.label(start);
            all.add(byPeriod.getOrDefault(label, ForecastRow.empty(label, null)));
        }
        return all;
    }

    // Period starts computed in SQL keep the GROUP BY on the indexed date column.
    private static String periodStart(Granularity granularity, String date) {
        return switch (granularity) {
            case MONTH -> "CAST(DATE_FORMAT(%1$s, '%%Y-%%m-01') AS DATE)".formatted(date);
            case QUARTER -> "MAKEDATE(YEAR(%1$s), 1) + INTERVAL (QUARTER(%1$s) - 1) QUARTER".formatted(date);
            case YEAR -> "MAKEDATE(YEAR(%1$s), 1)".formatted(date);
        };
    }

    private static String groupColumn(GroupBy groupBy) {
        return switch (groupBy) {
            case NONE -> "NULL";
            case CATEGORY -> "o.forecast_category";
            case REP -> "o.owner_id";
            case TYPE -> "o.deal_type_id";
            case CAMPAIGN -> "o.campaign_id";
        };
    }

    private record LocalDateRange(java.time.LocalDate from, java.time.LocalDate to) {}
}
