package io.salesbot.bench;

import io.salesbot.campaign.CampaignReportService;
import io.salesbot.forecast.ForecastQuery;
import io.salesbot.forecast.ForecastService;
import io.salesbot.forecast.Granularity;
import io.salesbot.forecast.GroupBy;
import io.salesbot.forecast.PipelineQuery;
import io.salesbot.workspace.Actor;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times each manager question three ways side by side on the same data: through the bot's own
 * service, through hand-written SQL over the deals themselves (the plain aggregate) and through
 * hand-written SQL over the roll-ups (V5__deal_totals.sql); the ratio is against the faster SQL.
 */
public final class QuestionBenchmark {

    /** One question's figures in milliseconds. */
    public record Result(
            String question, double serviceMedian, double serviceP95, double dealsSqlMedian, double totalsSqlMedian) {

        public double bestSqlMedian() {
            return Math.min(dealsSqlMedian, totalsSqlMedian);
        }

        public double ratio() {
            return bestSqlMedian() == 0 ? 0 : serviceMedian / bestSqlMedian();
        }
    }

    private final ForecastService forecasts;
    private final CampaignReportService campaigns;
    private final JdbcTemplate jdbc;

    public QuestionBenchmark(ForecastService forecasts, CampaignReportService campaigns, JdbcTemplate jdbc) {
        this.forecasts = forecasts;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
    }

    public List<Result> run(Actor manager, LocalDate today, int warmup, int rounds) {
        long ws = manager.workspaceId();
        LocalDate quarter = Granularity.QUARTER.startOf(today);
        Date from = Date.valueOf(quarter);
        Date to = Date.valueOf(Granularity.QUARTER.endOf(today));
        ForecastQuery quarters =
                new ForecastQuery(Granularity.QUARTER, quarter, quarter.plusMonths(9), GroupBy.NONE, null);
        ForecastQuery byRep = new ForecastQuery(Granularity.QUARTER, quarter, quarter.plusMonths(9), GroupBy.REP, null);
        Date horizon = Date.valueOf(Granularity.QUARTER.endOf(quarter.plusMonths(9)));
        Map<String, Supplier<Object>[]> questions = new LinkedHashMap<>();
        questions.put(
                "pipeline per stage",
                pair(
                        () -> forecasts.pipeline(manager, PipelineQuery.team()),
                        () -> jdbc.queryForList("""
                        SELECT stage_id, COUNT(*), SUM(estimated_revenue), SUM(ROUND(estimated_revenue * probability / 100, 2))
                        FROM opportunity WHERE workspace_id = ? AND stage_kind = 'OPEN' GROUP BY stage_id
                        UNION ALL
                        SELECT stage_id, COUNT(*), SUM(estimated_revenue), SUM(ROUND(estimated_revenue * probability / 100, 2))
                        FROM opportunity WHERE workspace_id = ? AND stage_kind IN ('WON', 'LOST')
                          AND expected_close_date BETWEEN ? AND ? GROUP BY stage_id""", ws, ws, from, to),
                        () -> jdbc.queryForList("""
                        SELECT stage_id, SUM(deals), SUM(estimated), SUM(expected)
                        FROM open_deal_total WHERE workspace_id = ? GROUP BY stage_id
                        UNION ALL
                        SELECT stage_kind, SUM(deals), SUM(estimated), SUM(expected)
                        FROM monthly_deal_total WHERE workspace_id = ? AND stage_kind IN ('WON', 'LOST')
                          AND close_month BETWEEN ? AND ? GROUP BY stage_kind""", ws, ws, from, to)));
        questions.put(
                "forecast by quarter",
                pair(
                        () -> forecasts.forecast(manager, quarters),
                        () -> jdbc.queryForList("""
                        SELECT YEAR(expected_close_date), QUARTER(expected_close_date),
                               SUM(IF(stage_kind = 'OPEN', estimated_revenue, 0)),
                               SUM(IF(stage_kind = 'OPEN', ROUND(estimated_revenue * probability / 100, 2), 0)),
                               SUM(IF(stage_kind = 'WON', estimated_revenue, 0))
                        FROM opportunity WHERE workspace_id = ? AND stage_kind IN ('OPEN', 'WON')
                          AND expected_close_date BETWEEN ? AND ?
                        GROUP BY 1, 2""", ws, from, horizon),
                        () -> jdbc.queryForList("""
                        SELECT YEAR(close_month), QUARTER(close_month),
                               SUM(IF(stage_kind = 'OPEN', deals, 0)), SUM(IF(stage_kind = 'OPEN', estimated, 0)),
                               SUM(IF(stage_kind = 'OPEN', expected, 0)), SUM(IF(stage_kind = 'WON', deals, 0)),
                               SUM(IF(stage_kind = 'WON', estimated, 0))
                        FROM monthly_deal_total WHERE workspace_id = ? AND stage_kind IN ('OPEN', 'WON')
                          AND close_month BETWEEN ? AND ?
                        GROUP BY 1, 2""", ws, from, horizon)));
        questions.put(
                "forecast by quarter and rep",
                pair(
                        () -> forecasts.forecast(manager, byRep),
                        () -> jdbc.queryForList("""
                        SELECT YEAR(expected_close_date), QUARTER(expected_close_date), owner_id,
                               SUM(IF(stage_kind = 'OPEN', estimated_revenue, 0)),
                               SUM(IF(stage_kind = 'OPEN', ROUND(estimated_revenue * probability / 100, 2), 0)),
                               SUM(IF(stage_kind = 'WON', estimated_revenue, 0))
                        FROM opportunity WHERE workspace_id = ? AND stage_kind IN ('OPEN', 'WON')
                          AND expected_close_date BETWEEN ? AND ?
                        GROUP BY 1, 2, 3""", ws, from, horizon),
                        () -> jdbc.queryForList("""
                        SELECT YEAR(close_month), QUARTER(close_month), owner_id,
                               SUM(IF(stage_kind = 'OPEN', deals, 0)), SUM(IF(stage_kind = 'OPEN', estimated, 0)),
                               SUM(IF(stage_kind = 'OPEN', expected, 0)), SUM(IF(stage_kind = 'WON', deals, 0)),
                               SUM(IF(stage_kind = 'WON', estimated, 0))
                        FROM monthly_deal_total WHERE workspace_id = ? AND stage_kind IN ('OPEN', 'WON')
                          AND close_month BETWEEN ? AND ?
                        GROUP BY 1, 2, 3""", ws, from, horizon)));
        questions.put(
                "campaign report",
                pair(
                        () -> campaigns.report(manager, null),
                        () -> jdbc.queryForList("""
                        SELECT campaign_id, COUNT(*), SUM(stage_kind = 'WON'), SUM(stage_kind = 'LOST'),
                               SUM(IF(stage_kind = 'WON', estimated_revenue, 0)), SUM(IF(stage_kind = 'OPEN', estimated_revenue, 0))
                        FROM opportunity WHERE workspace_id = ? AND campaign_id IS NOT NULL
                        GROUP BY campaign_id""", ws),
                        () -> jdbc.queryForList("""
                        SELECT campaign_id, SUM(deals), SUM(IF(stage_kind = 'WON', deals, 0)),
                               SUM(IF(stage_kind = 'LOST', deals, 0)), SUM(IF(stage_kind = 'WON', estimated, 0)),
                               SUM(IF(stage_kind = 'OPEN', estimated, 0))
                        FROM campaign_deal_total WHERE workspace_id = ? GROUP BY campaign_id""", ws)));
        List<Result> results = new ArrayList<>();
        questions.forEach((name, ways) -> {
            // The service and the SQL it is held to run in turns, each first every other round, so
            // neither finds the pages the other warmed; the deals' own scans (hundreds of MB, more
            // than the buffer pool) run apart, after them.
            double[][] paired = timeInTurns(ways[0], ways[2], warmup, rounds);
            double[] deals = time(ways[1], warmup, rounds);
            results.add(new Result(
                    name,
                    percentile(paired[0], 50),
                    percentile(paired[0], 95),
                    percentile(deals, 50),
                    percentile(paired[1], 50)));
        });
        return results;
    }

    /** EXPLAIN of what the service runs for the team's pipeline and the forecast per rep. */
    public List<Map<String, Object>> plan(long workspace) {
        List<Map<String, Object>> plans = new ArrayList<>(jdbc.queryForList("""
                EXPLAIN SELECT stage_id, SUM(deals), SUM(estimated), SUM(expected)
                FROM open_deal_total WHERE workspace_id = ? GROUP BY stage_id""", workspace));
        plans.addAll(jdbc.queryForList("""
                EXPLAIN SELECT stage_kind, SUM(deals), SUM(estimated), SUM(expected)
                FROM monthly_deal_total WHERE workspace_id = ? AND stage_kind IN ('WON', 'LOST')
                  AND close_month BETWEEN '2026-10-01' AND '2026-12-31' GROUP BY stage_kind""", workspace));
        plans.addAll(jdbc.queryForList("""
                EXPLAIN SELECT MAKEDATE(YEAR(close_month), 1), owner_id, SUM(estimated)
                FROM monthly_deal_total WHERE workspace_id = ? AND stage_kind IN ('OPEN', 'WON')
                  AND close_month BETWEEN '2026-10-01' AND '2027-09-30' GROUP BY 1, 2""", workspace));
        plans.addAll(jdbc.queryForList("""
                EXPLAIN SELECT campaign_id, SUM(deals) FROM campaign_deal_total WHERE workspace_id = ?
                GROUP BY campaign_id""", workspace));
        return plans;
    }

    @SafeVarargs
    @SuppressWarnings("unchecked")
    private static Supplier<Object>[] pair(Supplier<?>... both) {
        return Arrays.stream(both).map(s -> (Supplier<Object>) s::get).toArray(Supplier[]::new);
    }

    static double[][] timeInTurns(Supplier<Object> first, Supplier<Object> second, int warmup, int rounds) {
        for (int i = 0; i < warmup; i++) {
            first.get();
            second.get();
        }
        double[][] millis = new double[2][rounds];
        for (int i = 0; i < rounds; i++) {
            boolean firstGoesFirst = i % 2 == 0;
            millis[firstGoesFirst ? 0 : 1][i] = timeOnce(firstGoesFirst ? first : second);
            millis[firstGoesFirst ? 1 : 0][i] = timeOnce(firstGoesFirst ? second : first);
        }
        Arrays.sort(millis[0]);
        Arrays.sort(millis[1]);
        return millis;
    }

    private static double timeOnce(Supplier<Object> question) {
        long started = System.nanoTime();
        question.get();
        return (System.nanoTime() - started) / 1_000_000.0;
    }

    private static double[] time(Supplier<Object> question, int warmup, int rounds) {
        for (int i = 0; i < warmup; i++) {
            question.get();
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            millis[i] = timeOnce(question);
        }
        Arrays.sort(millis);
        return millis;
    }

    static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
