package io.salesbot.bench;

import io.salesbot.call.CallAccuracy;
import io.salesbot.call.CallAccuracyService;
import io.salesbot.call.CallPeriod;
import io.salesbot.forecast.Forecast;
import io.salesbot.forecast.ForecastQuery;
import io.salesbot.forecast.ForecastRow;
import io.salesbot.forecast.ForecastService;
import io.salesbot.forecast.Granularity;
import io.salesbot.forecast.GroupBy;
import io.salesbot.workspace.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /forecast} (this quarter and the next three, with Commit, Best case and the team's quota;
 * and by category) and {@code /forecast accuracy} through their services beside the best SQL we
 * could write by hand for the same figures, in turns. Before timing, each answer is read once both
 * ways and compared figure by figure, so the SQL is held to the same answer, not a cheaper one.
 */
public final class ForecastCallBenchmark {

    /** The open categories the forecast counts (Omitted deals count only broken down by category). */
    private static final String OPEN = "'PIPELINE', 'BEST_CASE', 'COMMIT'";

    // A period start from a month in the roll-up, as the core groups (ForecastSql.periodStart).
    private static final String QUARTER_OF = "MAKEDATE(YEAR(%1$s), 1) + INTERVAL (QUARTER(%1$s) - 1) QUARTER";

    /**
     * Open deals due before today, which the forecast counts in this period, and open deals without
     * a close date; padded to the rows' columns so the whole answer is one statement.
     */
    private static final String OVERDUE_AND_UNDATED = """
            UNION ALL
            SELECT 'overdue', NULL, NULL, COALESCE(SUM(d), 0), COALESCE(SUM(e), 0), COALESCE(SUM(x), 0), 0, 0, 0, 0, NULL
            FROM (SELECT SUM(deals) AS d, SUM(estimated) AS e, SUM(expected) AS x FROM forecast_deal_total
                  WHERE workspace_id = ? AND category IN (%1$s) AND close_month < ?
                  UNION ALL
                  SELECT COUNT(*), SUM(estimated_revenue), SUM(ROUND(estimated_revenue * probability / 100, 2))
                  FROM opportunity WHERE workspace_id = ? AND stage_kind = 'OPEN' AND forecast_category <> 'OMITTED'
                    AND expected_close_date >= ? AND expected_close_date < ?) z
            UNION ALL
            SELECT 'undated', NULL, NULL, COUNT(*), COALESCE(SUM(estimated_revenue), 0), COALESCE(MIN(number), 0),
                   0, 0, 0, 0, NULL
            FROM opportunity WHERE workspace_id = ? AND stage_kind = 'OPEN' AND forecast_category <> 'OMITTED'
              AND expected_close_date IS NULL""".formatted(OPEN);

    /**
     * The forecast's rows from the roll-up: won deals by close month in the range, open ones due
     * up to its end, overdue ones in this month; each period with the team's quota for it (the
     * quarter's own: ForecastCallData sets every quarter's, so the core's rule of summing a quarter's
     * months never applies here).
     */
    private static final String FORECAST_WITH_QUOTA = """
            SELECT 'row' AS part, r.period_start, NULL AS grp, r.open_deals, r.open_unweighted, r.open_weighted,
                   r.won_deals, r.won, r.commit_amount, r.best_case, q.amount
            FROM (%1$s GROUP BY period_start) r
            LEFT JOIN quota q ON q.workspace_id = ? AND q.target_key = 0
                             AND q.period = CONCAT(YEAR(r.period_start), '-Q', QUARTER(r.period_start))
            %2$s""".formatted(sums("", OPEN), OVERDUE_AND_UNDATED);

    /** The same rows per category, Omitted ones in a row of their own; no quota (the core shows none). */
    private static final String FORECAST_BY_CATEGORY =
            """
            SELECT 'row' AS part, period_start, category, open_deals, open_unweighted, open_weighted,
                   won_deals, won, commit_amount, best_case, NULL
            FROM (%1$s GROUP BY period_start, category HAVING SUM(deals) > 0) r
            %2$s""".formatted(sums(" category,", OPEN + ", 'OMITTED'"), OVERDUE_AND_UNDATED);

    /**
     * Per rep who called for any of the quarters, and quarter: the latest call submitted by the
     * quarter's cut-off, and what the rep won in the quarter (the forecast roll-up's Closed).
     */
    private static final String ACCURACY = """
            WITH q (start, cut_off) AS (%2$s)
            SELECT m.display_name, q.start, k.commit_amount, k.submitted_at, COALESCE(w.won, 0) AS won
            FROM (SELECT DISTINCT member_id FROM forecast_call
                  WHERE workspace_id = ? AND granularity = 'QUARTER' AND period_start BETWEEN ? AND ?) c
            JOIN member m ON m.id = c.member_id
            CROSS JOIN q
            LEFT JOIN (SELECT f.member_id, f.period_start, f.commit_amount, f.submitted_at,
                              ROW_NUMBER() OVER (PARTITION BY f.member_id, f.period_start
                                                 ORDER BY f.submitted_at DESC, f.id DESC) AS n
                       FROM forecast_call f JOIN q ON q.start = f.period_start AND f.submitted_at <= q.cut_off
                       WHERE f.workspace_id = ? AND f.granularity = 'QUARTER') k
                   ON k.member_id = c.member_id AND k.period_start = q.start AND k.n = 1
            LEFT JOIN (SELECT owner_id, %1$s AS start, SUM(estimated) AS won
                       FROM forecast_deal_total
                       WHERE workspace_id = ? AND category = 'CLOSED' AND close_month BETWEEN ? AND ?
                       GROUP BY owner_id, start) w
                   ON w.owner_id = c.member_id AND w.start = q.start""".formatted(
            QUARTER_OF.formatted("close_month"),
            String.join(
                    " UNION ALL ",
                    java.util.Collections.nCopies(
                            ForecastCallData.CALLED_QUARTERS, "SELECT CAST(? AS DATE), CAST(? AS DATETIME(6))")));

    private final ForecastService forecasts;
    private final CallAccuracyService accuracy;
    private final JdbcTemplate jdbc;

    public ForecastCallBenchmark(ForecastService forecasts, CallAccuracyService accuracy, JdbcTemplate jdbc) {
        this.forecasts = forecasts;
        this.accuracy = accuracy;
        this.jdbc = jdbc;
    }

    /** The two forecasts and accuracy, each compared once and then timed; {@code today} in the workspace's zone. */
    public List<QuestionBenchmark.Result> run(Actor admin, ZoneId zone, LocalDate today, int warmup, int rounds) {
        List<QuestionBenchmark.Result> results = new ArrayList<>();
        results.add(forecast(admin, today, GroupBy.NONE, FORECAST_WITH_QUOTA, warmup, rounds));
        results.add(forecast(admin, today, GroupBy.CATEGORY, FORECAST_BY_CATEGORY, warmup, rounds));
        results.add(accuracy(admin, zone, today, warmup, rounds));
        return results;
    }

    private QuestionBenchmark.Result forecast(
            Actor admin, LocalDate today, GroupBy by, String handWritten, int warmup, int rounds) {
        long ws = admin.workspaceId();
        LocalDate quarter = Granularity.QUARTER.startOf(today);
        ForecastQuery query = new ForecastQuery(Granularity.QUARTER, quarter, quarter.plusMonths(9), by, null);
        Date from = Date.valueOf(quarter);
        Date to = Date.valueOf(Granularity.QUARTER.endOf(quarter.plusMonths(9)));
        Date monthStart = Date.valueOf(today.withDayOfMonth(1));
        Date day = Date.valueOf(today);
        List<Object> params = new ArrayList<>(List.of(monthStart, ws, from, to, to));
        if (by == GroupBy.NONE) {
            params.add(ws); // the quota's
        }
        params.addAll(List.of(ws, monthStart, ws, monthStart, day, ws));
        Supplier<Object> service = () -> forecasts.forecast(admin, query);
        Supplier<Object> sql = () -> jdbc.queryForList(handWritten, params.toArray());
        compare(
                "forecast " + by.name().toLowerCase(Locale.ROOT),
                figures((Forecast) service.get()),
                figures(rows(sql)),
                // The rows' money columns summed (overdue and undated are lines of their own).
                line -> line.startsWith("overdue") || line.startsWith("undated") ? "" : line);
        return timed(
                by == GroupBy.NONE ? "forecast 4 quarters, quota" : "forecast 4 quarters by category",
                service,
                sql,
                warmup,
                rounds);
    }

    private QuestionBenchmark.Result accuracy(Actor admin, ZoneId zone, LocalDate today, int warmup, int rounds) {
        long ws = admin.workspaceId();
        int periods = ForecastCallData.CALLED_QUARTERS;
        int weeks = CallAccuracyService.DEFAULT_WEEKS;
        List<Object> params = new ArrayList<>();
        CallPeriod quarter = CallPeriod.holding(Granularity.QUARTER, today);
        LocalDate first = null;
        LocalDate last = null;
        for (int i = 0; i < periods; i++) {
            quarter = quarter.previous();
            params.add(Date.valueOf(quarter.start()));
            params.add(Timestamp.from(quarter.endsAt(zone).minus(Duration.ofDays(7L * weeks))));
            first = quarter.start();
            last = last == null ? quarter.start() : last;
        }
        params.addAll(List.of(ws, Date.valueOf(first), Date.valueOf(last), ws, ws));
        params.add(Date.valueOf(first));
        params.add(Date.valueOf(Granularity.QUARTER.endOf(last)));
        Supplier<Object> service = () -> accuracy.accuracy(admin, null, periods, weeks);
        Supplier<Object> sql = () -> jdbc.queryForList(ACCURACY, params.toArray());
        compare(
                "forecast accuracy",
                accuracyFigures((CallAccuracy) service.get()),
                accuracyFigures(rows(sql)),
                line -> {
                    // The sum of the commits counted and of the won amounts, for the line printed.
                    String[] parts = line.split("\\|");
                    return (parts[2].equals("null") ? "0.00" : parts[2]) + "|" + parts[4];
                });
        return timed("forecast accuracy (4 quarters)", service, sql, warmup, rounds);
    }

    private static QuestionBenchmark.Result timed(
            String question, Supplier<Object> service, Supplier<Object> sql, int warmup, int rounds) {
        double[][] paired = QuestionBenchmark.timeInTurns(service, sql, warmup, rounds);
        return new QuestionBenchmark.Result(
                question,
                QuestionBenchmark.percentile(paired[0], 50),
                QuestionBenchmark.percentile(paired[0], 95),
                QuestionBenchmark.percentile(paired[1], 50),
                QuestionBenchmark.percentile(paired[1], 50));
    }

    // ---- the figures of each answer, as comparable lines ---------------------------------------

    /** One line per row (period, group, every figure, quota), then the overdue and undated deals. */
    private static List<String> figures(Forecast forecast) {
        List<String> lines = new ArrayList<>();
        for (ForecastRow row : forecast.rows()) {
            lines.add(String.join(
                    "|",
                    row.period(),
                    String.valueOf(row.group()),
                    String.valueOf(row.openDeals()),
                    money(row.openUnweighted()),
                    money(row.openWeighted()),
                    String.valueOf(row.wonDeals()),
                    money(row.closedWon()),
                    money(row.commit()),
                    money(row.bestCase()),
                    money(row.quota())));
        }
        Forecast.Overdue overdue = forecast.overdue();
        lines.add("overdue|" + overdue.deals() + "|" + money(overdue.unweighted()) + "|" + money(overdue.weighted()));
        Forecast.Undated undated = forecast.undated();
        lines.add("undated|" + undated.deals() + "|" + money(undated.unweighted()) + "|" + undated.example());
        return lines;
    }

    private static List<String> figures(List<Map<String, Object>> rows) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<Object> v = new ArrayList<>(row.values());
            switch ((String) v.get(0)) {
                case "overdue" ->
                    lines.add("overdue|" + count(v.get(3)) + "|" + money(v.get(4)) + "|" + money(v.get(5)));
                case "undated" ->
                    lines.add("undated|" + count(v.get(3)) + "|" + money(v.get(4)) + "|" + count(v.get(5)));
                default ->
                    lines.add(String.join(
                            "|",
                            Granularity.QUARTER.label(((Date) v.get(1)).toLocalDate()),
                            String.valueOf(v.get(2)),
                            count(v.get(3)),
                            money(v.get(4)),
                            money(v.get(5)),
                            count(v.get(6)),
                            money(v.get(7)),
                            money(v.get(8)),
                            money(v.get(9)),
                            money(v.get(10))));
            }
        }
        return lines;
    }

    /** One line per rep and quarter: name, quarter, the commit that counts, when it was made, won. */
    private static List<String> accuracyFigures(CallAccuracy answer) {
        List<String> lines = new ArrayList<>();
        for (CallAccuracy.Rep rep : answer.reps()) {
            for (CallAccuracy.PeriodCall call : rep.periods()) {
                lines.add(String.join(
                        "|",
                        rep.name(),
                        call.period().start().toString(),
                        money(call.forecast()),
                        String.valueOf(call.calledAt()),
                        money(call.won())));
            }
        }
        return lines;
    }

    private static List<String> accuracyFigures(List<Map<String, Object>> rows) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            lines.add(String.join(
                    "|",
                    (String) row.get("display_name"),
                    ((Date) row.get("start")).toLocalDate().toString(),
                    money(row.get("commit_amount")),
                    String.valueOf(instant(row.get("submitted_at"))),
                    money(row.get("won"))));
        }
        return lines;
    }

    /**
     * Prints whether the service and the SQL gave the same lines (in any order), with each one's
     * totals of the money columns, so a difference shows its size.
     */
    private static void compare(
            String question, List<String> byService, List<String> bySql, Function<String, String> summed) {
        List<String> service = byService.stream().sorted().toList();
        List<String> sql = bySql.stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "%s figures: service %d lines %s, SQL %d lines %s: %s%n",
                question,
                service.size(),
                totals(service, summed),
                sql.size(),
                totals(sql, summed),
                service.equals(sql) ? "equal" : "DIFFERENT, first " + firstDifference(service, sql));
    }

    /** Each money column (a number with two decimals) summed over the lines. */
    private static String totals(List<String> lines, Function<String, String> summed) {
        List<BigDecimal> sums = new ArrayList<>();
        for (String line : lines) {
            String[] parts = summed.apply(line).split("\\|");
            int column = 0;
            for (String part : parts) {
                if (part.matches("-?\\d+\\.\\d\\d")) {
                    if (sums.size() <= column) {
                        sums.add(BigDecimal.ZERO);
                    }
                    sums.set(column, sums.get(column).add(new BigDecimal(part)));
                    column++;
                }
            }
        }
        return sums.stream().map(BigDecimal::toPlainString).toList().toString();
    }

    private static String firstDifference(List<String> service, List<String> sql) {
        for (int i = 0; i < Math.min(service.size(), sql.size()); i++) {
            if (!service.get(i).equals(sql.get(i))) {
                return service.get(i) + " <> " + sql.get(i);
            }
        }
        return "in the number of lines";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Supplier<Object> sql) {
        return (List<Map<String, Object>>) sql.get();
    }

    /**
     * The rows' aggregate over the roll-up, grouped by the period each row counts in: its close
     * month for won deals, and for open ones the later of it and this month (overdue deals count now).
     */
    private static String sums(String grouped, String openCategories) {
        return """
                SELECT %1$s AS period_start,%3$s
                       SUM(IF(category <> 'CLOSED', deals, 0)) AS open_deals,
                       SUM(IF(category <> 'CLOSED', estimated, 0)) AS open_unweighted,
                       SUM(IF(category <> 'CLOSED', expected, 0)) AS open_weighted,
                       SUM(IF(category = 'CLOSED', deals, 0)) AS won_deals,
                       SUM(IF(category = 'CLOSED', estimated, 0)) AS won,
                       SUM(IF(category = 'COMMIT', estimated, 0)) AS commit_amount,
                       SUM(IF(category IN ('COMMIT', 'BEST_CASE'), estimated, 0)) AS best_case
                FROM (SELECT IF(category = 'CLOSED', close_month, GREATEST(close_month, ?)) AS d,
                             category, deals, estimated, expected
                      FROM forecast_deal_total
                      WHERE workspace_id = ? AND (category = 'CLOSED' AND close_month BETWEEN ? AND ?
                                                  OR category IN (%2$s) AND close_month <= ?)) t
                """.formatted(QUARTER_OF.formatted("d"), openCategories, grouped);
    }

    private static String money(Object amount) {
        return amount == null
                ? "null"
                : new BigDecimal(amount.toString())
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString();
    }

    private static String count(Object number) {
        return String.valueOf(((Number) number).longValue());
    }

    private static Instant instant(Object moment) {
        if (moment == null) {
            return null;
        }
        return moment instanceof LocalDateTime local
                ? Timestamp.valueOf(local).toInstant()
                : ((Timestamp) moment).toInstant();
    }
}
