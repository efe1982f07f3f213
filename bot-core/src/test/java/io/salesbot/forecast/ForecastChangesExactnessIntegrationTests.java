package io.salesbot.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The waterfall is exact: random changes of every kind (seeded) over simulated weeks, the open
 * forecast of two quarters recorded at each week's end as {@code /forecast} shows it, for the team
 * and for one rep; then every waterfall between any two recorded moments starts and ends at the
 * figures recorded then, and names exactly the deals whose part of the figure changed, each once.
 * The weeks cross from Q4 into Q1, so the calendar moves overdue deals between the quarters too.
 */
class ForecastChangesExactnessIntegrationTests extends IntegrationTestBase {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final int WEEKS = 8;
    private static final int CHANGES_PER_WEEK = 22;

    @Autowired
    CommandGateway gateway;

    @Autowired
    ForecastService forecasts;

    @Autowired
    ForecastChangeService changes;

    private final Random random = new Random(15);
    private Caller admin;
    private Actor adminActor;
    private long repId;
    private int deals;
    private final Set<ForecastMove> seen = java.util.EnumSet.noneOf(ForecastMove.class);

    /** One recorded moment: when, and per (quarter, scope) the figure and each deal's part of it. */
    private record Recorded(Instant at, Map<String, BigDecimal> figures, Map<String, Map<Integer, BigDecimal>> parts) {}

    @Test
    void everyWaterfallBetweenRecordedMomentsStartsAndEndsAtTheirFiguresWithEachMovedDealOnce() {
        String team = "ws-" + UUID.randomUUID();
        Visitor adminVisitor = new Visitor(Platform.CONSOLE, team, "Team", "boss", "Boss", Role.ADMIN);
        admin = new Caller(adminVisitor, null);
        adminActor = workspaces.enter(adminVisitor);
        workspaces.enter(new Visitor(Platform.CONSOLE, team, "Team", "rep1", "Rep One", Role.REP));
        workspaces.enter(new Visitor(Platform.CONSOLE, team, "Team", "rep2", "Rep Two", Role.REP));
        repId = jdbc.queryForObject(
                "SELECT id FROM member WHERE workspace_id = ? AND platform_user_id = 'rep1'",
                Long.class,
                adminActor.workspaceId());
        run("/salesbot products add Widget price:15000");
        for (int i = 0; i < 15; i++) {
            newDeal();
        }
        List<Recorded> recorded = new ArrayList<>();
        clock.advance(Duration.ofHours(1));
        recorded.add(record());
        for (int week = 0; week < WEEKS; week++) {
            for (int i = 0; i < CHANGES_PER_WEEK; i++) {
                clock.advance(Duration.ofMinutes(30 + random.nextInt(60 * 7)));
                randomChange();
            }
            clock.advance(Duration.ofHours(1));
            recorded.add(record());
        }

        int checked = 0;
        for (int i = 0; i < recorded.size(); i++) {
            for (int j = i + 1; j < recorded.size(); j++) {
                for (String quarter : List.of("2026-Q4", "2027-Q1")) {
                    for (boolean oneRep : List.of(false, true)) {
                        check(recorded.get(i), recorded.get(j), quarter, oneRep);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(WEEKS * (WEEKS + 1) / 2 * 4);
        assertThat(seen).as("every kind of move was made and checked").containsExactlyInAnyOrder(ForecastMove.values());
    }

    private void check(Recorded from, Recorded to, String quarter, boolean oneRep) {
        String key = key(quarter, oneRep);
        ForecastChanges moved = changes.changes(adminActor, query(quarter, oneRep), from.at(), to.at());
        String what = "%s from %s to %s".formatted(key, from.at(), to.at());

        assertThat(moved.start())
                .as("start of " + what)
                .isEqualByComparingTo(from.figures().get(key));
        assertThat(moved.end())
                .as("end of " + what)
                .isEqualByComparingTo(to.figures().get(key));

        Map<Integer, BigDecimal> before = from.parts().get(key);
        Map<Integer, BigDecimal> after = to.parts().get(key);
        Set<Integer> changedDeals = new HashSet<>();
        for (Integer number : union(before.keySet(), after.keySet())) {
            if (!same(before.get(number), after.get(number))) {
                changedDeals.add(number);
            }
        }
        List<Integer> inBars = moved.bars().stream()
                .flatMap(bar -> bar.deals().stream())
                .map(ForecastChanges.DealChange::number)
                .toList();
        assertThat(inBars).as("deals in the bars of " + what).doesNotHaveDuplicates();
        assertThat(new HashSet<>(inBars)).as("deals in the bars of " + what).isEqualTo(changedDeals);
        for (ForecastChanges.Bar bar : moved.bars()) {
            seen.add(bar.move());
            for (ForecastChanges.DealChange deal : bar.deals()) {
                BigDecimal then = before.getOrDefault(deal.number(), BigDecimal.ZERO);
                BigDecimal now = after.getOrDefault(deal.number(), BigDecimal.ZERO);
                assertThat(bar.move().sign() > 0 ? deal.amount() : deal.amount().negate())
                        .as("#%d in %s of %s", deal.number(), bar.move(), what)
                        .isEqualByComparingTo(now.subtract(then));
            }
        }
    }

    /** The figures /forecast shows now, and independently, each deal's part in them (SQL of the rule). */
    private Recorded record() {
        Map<String, BigDecimal> figures = new HashMap<>();
        Map<String, Map<Integer, BigDecimal>> parts = new HashMap<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), BANGKOK);
        for (String quarter : List.of("2026-Q4", "2027-Q1")) {
            for (boolean oneRep : List.of(false, true)) {
                ForecastQuery query = query(quarter, oneRep);
                Forecast forecast = forecasts.forecast(adminActor, query);
                BigDecimal figure = forecast.rows().stream()
                        .filter(row -> row.period().equals(quarter))
                        .map(ForecastRow::openUnweighted)
                        .findFirst()
                        .orElseThrow();
                figures.put(key(quarter, oneRep), figure);
                LocalDate from = query.from();
                Map<Integer, BigDecimal> dealParts = new HashMap<>();
                jdbc.query(
                        """
                        SELECT number, estimated_revenue FROM opportunity
                        WHERE workspace_id = ? AND stage_kind = 'OPEN' AND expected_close_date IS NOT NULL
                          AND forecast_category <> 'OMITTED'
                          AND GREATEST(expected_close_date, ?) BETWEEN ? AND ?
                          AND (? IS NULL OR owner_id = ?)""",
                        rs -> {
                            dealParts.put(rs.getInt(1), rs.getBigDecimal(2));
                        },
                        adminActor.workspaceId(),
                        Date.valueOf(today),
                        Date.valueOf(from),
                        Date.valueOf(from.plusMonths(3).minusDays(1)),
                        oneRep ? repId : null,
                        oneRep ? repId : null);
                assertThat(dealParts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as("the deals' parts add up to /forecast's figure")
                        .isEqualByComparingTo(figure);
                parts.put(key(quarter, oneRep), dealParts);
            }
        }
        return new Recorded(clock.instant(), figures, parts);
    }

    private void randomChange() {
        int deal = 1 + random.nextInt(deals);
        switch (random.nextInt(17)) {
            case 0, 1 -> newDeal();
            case 2, 3 -> run("/opp edit #%d amount:%d".formatted(deal, amount()));
            case 4, 5 -> run("/opp edit #%d close:%s".formatted(deal, closeDate()));
            case 6 -> run("/opp stage #%d \"in progress\"".formatted(deal));
            case 7 -> run("/opp won #%d".formatted(deal));
            case 8 -> run("/opp lost #%d no budget".formatted(deal));
            case 9 -> run("/opp reopen #%d".formatted(deal));
            case 10, 15 -> run("/opp edit #%d owner:@rep%d".formatted(deal, 1 + random.nextInt(2)));
            case 11, 12 ->
                run("/opp edit #%d category:%s"
                        .formatted(deal, List.of("omitted", "auto", "commit").get(random.nextInt(3))));
            case 13, 14 -> {
                // put a deal left out back into the forecast, so that move is made as often as the others
                List<Integer> omitted = jdbc.queryForList(
                        "SELECT number FROM opportunity WHERE workspace_id = ? AND stage_kind = 'OPEN'"
                                + " AND forecast_category = 'OMITTED'",
                        Integer.class,
                        adminActor.workspaceId());
                if (!omitted.isEmpty()) {
                    run("/opp edit #%d category:auto".formatted(omitted.get(random.nextInt(omitted.size()))));
                }
            }
            default -> {
                if (random.nextBoolean()) {
                    run("/opp product #%d Widget qty:%d".formatted(deal, 1 + random.nextInt(4)));
                    run("/opp edit #%d amount:auto".formatted(deal));
                } else {
                    run("/opp product-remove #%d 1".formatted(deal));
                }
            }
        }
    }

    private void newDeal() {
        deals++;
        String close = random.nextInt(10) == 0 ? "" : " close:" + closeDate();
        run("/opp new D%d amount:%d owner:@rep%d%s".formatted(deals, amount(), 1 + random.nextInt(2), close));
    }

    private long amount() {
        return 10_000L * (1 + random.nextInt(60));
    }

    // Around the two quarters: some overdue, some beyond them.
    private String closeDate() {
        return LocalDate.ofInstant(clock.instant(), BANGKOK)
                .plusDays(random.nextInt(160) - 40)
                .toString();
    }

    // Changes that break a rule (a closed deal's stage, a reopening of an open deal) are refused
    // and change nothing: part of the test, like any other.
    private void run(String line) {
        gateway.handle(admin, line);
    }

    private ForecastQuery query(String quarter, boolean oneRep) {
        LocalDate from = LocalDate.of(Integer.parseInt(quarter.substring(0, 4)), (quarter.charAt(6) - '1') * 3 + 1, 1);
        return new ForecastQuery(Granularity.QUARTER, from, from, GroupBy.NONE, oneRep ? "@rep1" : null);
    }

    private static String key(String quarter, boolean oneRep) {
        return quarter + (oneRep ? " rep1" : " team");
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
