package io.salesbot.bench;

import io.salesbot.call.CallPeriod;
import io.salesbot.forecast.Granularity;
import io.salesbot.workspace.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a generated workspace (FunnelBenchmark's deals and stage history) for the forecast
 * call's questions: open deals' close dates spread over the coming year, quotas, reps' calls for
 * the last closed quarters, and deals changed over the last two weeks. Each part is written in one
 * transaction and skipped when the workspace already has it, so a second run adds nothing.
 *
 * <p>Every change to a deal is written with its history entry (from-value the deal's before, to-value
 * its after, stamped after its creation), so the history still replays to the deal and {@code
 * /forecast changes} reads true moves. Set-based statements: at a million deals a row at a time
 * would take hours. The triggers on {@code opportunity} keep the roll-ups current.
 */
public final class ForecastCallData {

    /** How many closed quarters the reps called, as {@code /forecast accuracy} reads by default. */
    static final int CALLED_QUARTERS = 4;

    // Disjoint twentieths of the open deals (by id) for each kind of recent change: about 5 % each.
    private static final String AMOUNT_DEALS = "o.id % 20 = 1";
    private static final String CLOSE_DATE_DEALS = "o.id % 20 = 2";
    private static final String COMMIT_DEALS = "o.id % 20 = 3";

    /**
     * A moment in the last 14 days before {@code ?} (now), after the deal's creation and after the
     * close-date spread stamped one second after it; spread by id so changes are not all at once.
     */
    private static final String RECENT_MOMENT = """
            (GREATEST(o.created_at + INTERVAL 2 SECOND, ? - INTERVAL 14 DAY)
             + INTERVAL ((o.id * 7919) % GREATEST(1, TIMESTAMPDIFF(SECOND,
                   GREATEST(o.created_at + INTERVAL 2 SECOND, ? - INTERVAL 14 DAY), ?))) SECOND)""";

    /** The generator's open close date spread from 30 days ago to a year ahead, by id. */
    private static final String SPREAD_DATE = "(? + INTERVAL ((o.id * 7919) % 396) - 30 DAY)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public ForecastCallData(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Writes what the workspace of {@code admin} lacks; {@code today} is the day in its zone. Returns
     * one line per part: written or already there.
     */
    public List<String> complete(Actor admin, ZoneId zone, LocalDate today, Instant now) {
        long ws = admin.workspaceId();
        List<String> done = new ArrayList<>();
        // The spread first: the later close-date changes start from the date it leaves.
        done.add(part("close dates spread", hasSpread(ws), () -> spreadCloseDates(ws, today)));
        done.add(part(
                "quotas",
                has("SELECT EXISTS (SELECT 1 FROM quota WHERE workspace_id = ?)", ws),
                () -> quotas(admin, today, now)));
        done.add(part(
                "forecast calls",
                has("SELECT EXISTS (SELECT 1 FROM forecast_call WHERE workspace_id = ?)", ws),
                () -> calls(ws, zone, today)));
        done.add(part("recent amount changes", hasHistory(ws, "AMOUNT"), () -> recentAmounts(ws, now)));
        done.add(part("recent close-date changes", hasRecentCloseDates(ws), () -> recentCloseDates(ws, now)));
        done.add(part("recent commits", hasHistory(ws, "CATEGORY"), () -> recentCommits(ws, now)));
        return done;
    }

    private String part(String name, boolean present, Runnable write) {
        if (present) {
            return name + ": already there";
        }
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> write.run());
        return String.format(Locale.ROOT, "%s: written in %.1f s", name, (System.nanoTime() - started) / 1e9);
    }

    // ---- close dates -------------------------------------------------------------------------

    /**
     * The generator put every open deal's close date 30 days after its run; spread them so the
     * forecast has four quarters to show and some overdue deals. Recorded as a change one second
     * after the deal's creation (before anything else happened to it), so the history still
     * replays; a later date counts as a slip, as the core counts it (V9__forecast_moves.sql).
     */
    private void spreadCloseDates(long ws, LocalDate today) {
        Date day = Date.valueOf(today);
        jdbc.update("""
                INSERT INTO opportunity_change (workspace_id, opportunity_id, field, from_value, to_value, member_id,
                                                platform, changed_at)
                SELECT o.workspace_id, o.id, 'CLOSE_DATE', CAST(o.expected_close_date AS CHAR),
                       CAST(%1$s AS CHAR), o.owner_id, 'SLACK', o.created_at + INTERVAL 1 SECOND
                FROM opportunity o
                WHERE o.workspace_id = ? AND o.stage_kind = 'OPEN' AND NOT o.expected_close_date <=> %1$s""".formatted(SPREAD_DATE), day, ws, day);
        jdbc.update("""
                UPDATE opportunity o
                SET o.slip_count = o.slip_count + (%1$s > o.expected_close_date),
                    o.updated_at = GREATEST(o.updated_at, o.created_at + INTERVAL 1 SECOND),
                    o.expected_close_date = %1$s
                WHERE o.workspace_id = ? AND o.stage_kind = 'OPEN' AND NOT o.expected_close_date <=> %1$s""".formatted(SPREAD_DATE), day, day, ws, day);
    }

    /** Whether the spread's changes (stamped one second after their deal's creation) are there. */
    private boolean hasSpread(long ws) {
        return has("""
                SELECT EXISTS (SELECT 1 FROM opportunity_change h JOIN opportunity o ON o.id = h.opportunity_id
                               WHERE h.workspace_id = ? AND h.field = 'CLOSE_DATE'
                                 AND h.changed_at = o.created_at + INTERVAL 1 SECOND)""", ws);
    }

    private boolean hasRecentCloseDates(long ws) {
        return has("""
                SELECT EXISTS (SELECT 1 FROM opportunity_change h JOIN opportunity o ON o.id = h.opportunity_id
                               WHERE h.workspace_id = ? AND h.field = 'CLOSE_DATE'
                                 AND h.changed_at <> o.created_at + INTERVAL 1 SECOND)""", ws);
    }

    // ---- recent changes ------------------------------------------------------------------------

    /** About 5 % of the open deals raised by a tenth at a moment of the last two weeks. */
    private void recentAmounts(long ws, Instant now) {
        recordRecent(
                ws,
                now,
                AMOUNT_DEALS,
                "AMOUNT",
                "CAST(o.estimated_revenue AS CHAR)",
                "CAST(ROUND(o.estimated_revenue * 1.1, 2) AS CHAR)",
                "o.estimated_revenue = ROUND(o.estimated_revenue * 1.1, 2)");
    }

    /** About 5 % of the open deals pushed out a month at a moment of the last two weeks: a slip. */
    private void recentCloseDates(long ws, Instant now) {
        recordRecent(
                ws,
                now,
                CLOSE_DATE_DEALS + " AND o.expected_close_date IS NOT NULL",
                "CLOSE_DATE",
                "CAST(o.expected_close_date AS CHAR)",
                "CAST(o.expected_close_date + INTERVAL 1 MONTH AS CHAR)",
                "o.expected_close_date = o.expected_close_date + INTERVAL 1 MONTH, o.slip_count = o.slip_count + 1");
    }

    /**
     * About 5 % of the open deals put in Commit by their owner at a moment of the last two weeks
     * (Opportunity.changeCategory: the category becomes the owner's, a CATEGORY entry when it moved).
     */
    private void recentCommits(long ws, Instant now) {
        recordRecent(
                ws,
                now,
                COMMIT_DEALS + " AND o.forecast_category <> 'COMMIT'",
                "CATEGORY",
                "o.forecast_category",
                "'COMMIT'",
                "o.forecast_category = 'COMMIT', o.category_explicit = TRUE");
    }

    /**
     * One kind of recent change to the open deals {@code deals} selects: its history entry (from
     * {@code before} to {@code after}, at a moment of the last two weeks), then the deals, as the
     * services write both.
     */
    private void recordRecent(
            long ws, Instant now, String deals, String field, String before, String after, String change) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                INSERT INTO opportunity_change (workspace_id, opportunity_id, field, from_value, to_value, member_id,
                                                platform, changed_at)
                SELECT o.workspace_id, o.id, '%s', %s, %s, o.owner_id, 'SLACK', %s
                FROM opportunity o WHERE o.workspace_id = ? AND o.stage_kind = 'OPEN' AND %s""".formatted(field, before, after, RECENT_MOMENT, deals), at, at, at, ws);
        jdbc.update("""
                UPDATE opportunity o
                SET %s, o.updated_at = GREATEST(o.updated_at, %s)
                WHERE o.workspace_id = ? AND o.stage_kind = 'OPEN' AND %s""".formatted(change, RECENT_MOMENT, deals), at, at, at, ws);
    }

    private boolean hasHistory(long ws, String field) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM opportunity_change WHERE workspace_id = ? AND field = ?)",
                Boolean.class,
                ws,
                field));
    }

    // ---- quotas --------------------------------------------------------------------------------

    /**
     * A quota for every rep and the team for each quarter of last year, this year and next year
     * (the forecast looks four quarters ahead, into next year): a rep's is a tenth above what they
     * won in an average quarter of the deals' history, the team's the sum of the reps'.
     */
    private void quotas(Actor admin, LocalDate today, Instant now) {
        long ws = admin.workspaceId();
        Map<Long, BigDecimal> averageWon = new HashMap<>();
        jdbc.query(
                """
                SELECT m.id, COALESCE(ROUND(SUM(t.estimated)
                                            / COUNT(DISTINCT YEAR(t.close_month), QUARTER(t.close_month)) * 1.1, -3), 0)
                FROM member m
                LEFT JOIN forecast_deal_total t ON t.workspace_id = m.workspace_id AND t.owner_id = m.id
                                                AND t.category = 'CLOSED'
                WHERE m.workspace_id = ? AND m.role = 'REP'
                GROUP BY m.id""",
                rs -> {
                    averageWon.put(rs.getLong(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP));
                },
                ws);
        BigDecimal team = averageWon.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>();
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                String period = year + "-Q" + quarter;
                rows.add(new Object[] {ws, null, period, team, admin.memberId(), at});
                averageWon.forEach(
                        (rep, amount) -> rows.add(new Object[] {ws, rep, period, amount, admin.memberId(), at}));
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO quota (workspace_id, member_id, period, amount, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)",
                rows);
    }

    // ---- forecast calls ------------------------------------------------------------------------

    /**
     * Two calls of every rep for each of the last closed quarters, as ForecastCallService writes
     * them: three weeks before the quarter's end and one week before, at 10:00 in the workspace's
     * zone. The commit is near what the rep went on to win (between 75 % and 125 % of it three weeks
     * out, 90 % to 110 % a week out), best case a fifth above. The deals_* columns are what their
     * deals said then: won so far, and the deals that closed later in the quarter as the open
     * pipeline (every generated deal is in the Pipeline category, so Commit and Best case are 0).
     */
    private void calls(long ws, ZoneId zone, LocalDate today) {
        List<Long> reps = jdbc.queryForList(
                "SELECT id FROM member WHERE workspace_id = ? AND role = 'REP' ORDER BY id", Long.class, ws);
        List<Object[]> rows = new ArrayList<>();
        CallPeriod quarter = CallPeriod.holding(Granularity.QUARTER, today);
        for (int q = 0; q < CALLED_QUARTERS; q++) {
            quarter = quarter.previous();
            Instant end = quarter.endsAt(zone);
            Instant threeWeeksOut = end.minus(Duration.ofDays(21)).plus(Duration.ofHours(10));
            Instant aWeekOut = end.minus(Duration.ofDays(7)).plus(Duration.ofHours(10));
            Map<Long, QuarterDeals> deals = quarterDeals(
                    ws,
                    quarter,
                    threeWeeksOut.atZone(zone).toLocalDate(),
                    aWeekOut.atZone(zone).toLocalDate());
            for (long rep : reps) {
                QuarterDeals mine = deals.getOrDefault(rep, QuarterDeals.NONE);
                // How far off the rep's own read is, fixed per rep and quarter so reruns agree.
                int skew = (int) ((rep * 31
                                + quarter.start().getMonthValue() * 7L
                                + quarter.start().getYear())
                        % 51);
                rows.add(call(
                        ws,
                        rep,
                        quarter,
                        threeWeeksOut,
                        mine.won().multiply(percent(75 + skew)),
                        mine.wonEarly(),
                        mine.openEarly()));
                rows.add(call(
                        ws,
                        rep,
                        quarter,
                        aWeekOut,
                        mine.won().multiply(percent(90 + skew % 21)),
                        mine.wonLate(),
                        mine.openLate()));
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO forecast_call (workspace_id, member_id, granularity, period_start, commit_amount,
                    best_amount, note, submitted_at, platform, deals_won, deals_commit, deals_best, deals_pipeline)
                VALUES (?, ?, 'QUARTER', ?, ?, ?, NULL, ?, 'SLACK', ?, 0, 0, ?)""", rows);
    }

    private static Object[] call(
            long ws, long rep, CallPeriod quarter, Instant at, BigDecimal commit, BigDecimal won, BigDecimal open) {
        BigDecimal committed = commit.setScale(2, RoundingMode.HALF_UP);
        return new Object[] {
            ws,
            rep,
            Date.valueOf(quarter.start()),
            committed,
            committed.multiply(new BigDecimal("1.2")).setScale(2, RoundingMode.HALF_UP),
            Timestamp.from(at),
            won,
            open
        };
    }

    private static BigDecimal percent(int percent) {
        return BigDecimal.valueOf(percent, 2);
    }

    /**
     * A rep's closed deals of a quarter: won in all; won before the call three weeks out and the one
     * a week out (early, late); and closed on or after each, so still open when it was made.
     */
    private record QuarterDeals(
            BigDecimal won, BigDecimal wonEarly, BigDecimal wonLate, BigDecimal openEarly, BigDecimal openLate) {

        static final QuarterDeals NONE = new QuarterDeals(zero(), zero(), zero(), zero(), zero());

        private static BigDecimal zero() {
            return BigDecimal.ZERO.setScale(2);
        }
    }

    /** Per rep, the quarter's closed deals by close date (the generator's closed deals close on it). */
    private Map<Long, QuarterDeals> quarterDeals(long ws, CallPeriod quarter, LocalDate early, LocalDate late) {
        Map<Long, QuarterDeals> deals = new HashMap<>();
        jdbc.query(
                """
                SELECT owner_id,
                       SUM(IF(stage_kind = 'WON', estimated_revenue, 0)),
                       SUM(IF(stage_kind = 'WON' AND expected_close_date < ?, estimated_revenue, 0)),
                       SUM(IF(stage_kind = 'WON' AND expected_close_date < ?, estimated_revenue, 0)),
                       SUM(IF(expected_close_date >= ?, estimated_revenue, 0)),
                       SUM(IF(expected_close_date >= ?, estimated_revenue, 0))
                FROM opportunity
                WHERE workspace_id = ? AND stage_kind IN ('WON', 'LOST') AND expected_close_date BETWEEN ? AND ?
                GROUP BY owner_id""",
                rs -> {
                    deals.put(
                            rs.getLong(1),
                            new QuarterDeals(
                                    rs.getBigDecimal(2),
                                    rs.getBigDecimal(3),
                                    rs.getBigDecimal(4),
                                    rs.getBigDecimal(5),
                                    rs.getBigDecimal(6)));
                },
                Date.valueOf(early),
                Date.valueOf(late),
                Date.valueOf(early),
                Date.valueOf(late),
                ws,
                Date.valueOf(quarter.start()),
                Date.valueOf(quarter.end()));
        return deals;
    }

    private boolean has(String sql, long ws) {
        return Boolean.TRUE.equals(jdbc.queryForObject(sql, Boolean.class, ws));
    }
}
