package io.salesbot.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.campaign.CampaignService;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Periods reconcile, whatever the deals: the months of a quarter add up to the quarter and the
 * quarters to the year, broken down or not, and an open deal past its close date is counted
 * (in the period holding today) rather than dropped. Deals are drawn at random from a seed.
 */
class ForecastReconciliationIntegrationTests extends IntegrationTestBase {

    static final Instant TODAY = Instant.parse("2026-11-27T03:00:00Z");

    @Autowired
    OpportunityService deals;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ForecastService forecasts;

    Actor manager;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void monthsAddUpToQuartersAndQuartersToYearsWithOverdueDealsIncluded(long seed) {
        manager = newWorkspace(Role.MANAGER);
        List<Actor> reps = List.of(join(manager, "somchai", Role.REP), join(manager, "malee", Role.REP));
        campaigns.create(manager, "Expo", null, null, null);
        Random random = new Random(seed);
        BigDecimal allOpen = BigDecimal.ZERO;
        for (int i = 0; i < 30; i++) {
            // Created (and perhaps won) on a day of 2026 up to today, due any day from 2025 to 2027.
            LocalDate createdOn = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330));
            clock.set(createdOn.atTime(3, 0).toInstant(ZoneOffset.UTC));
            LocalDate close = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(900));
            BigDecimal amount = BigDecimal.valueOf(1000L + random.nextInt(1_000_000));
            Actor owner = reps.get(random.nextInt(reps.size()));
            String name = "Deal " + i;
            deals.create(
                    owner,
                    new NewDeal(
                            name,
                            null,
                            amount,
                            null,
                            close,
                            random.nextBoolean() ? "in progress" : null,
                            random.nextBoolean() ? "new_customer" : "existing_customer",
                            random.nextBoolean() ? "Expo" : null,
                            null,
                            null,
                            null,
                            null));
            int fate = random.nextInt(4);
            if (fate == 0) {
                deals.win(owner, name, "signed", null);
            } else if (fate == 1) {
                deals.lose(owner, name, "price", null);
            } else if (!close.isAfter(LocalDate.of(2027, 12, 31))) {
                allOpen = allOpen.add(amount);
            }
        }
        clock.set(TODAY);

        for (GroupBy by : GroupBy.values()) {
            for (int year : List.of(2026, 2027)) {
                LocalDate jan = LocalDate.of(year, 1, 1);
                List<ForecastRow> months = rows(Granularity.MONTH, jan, LocalDate.of(year, 12, 1), by);
                List<ForecastRow> quarters = rows(Granularity.QUARTER, jan, LocalDate.of(year, 10, 1), by);
                List<ForecastRow> whole = rows(Granularity.YEAR, jan, jan, by);
                for (int q = 1; q <= 4; q++) {
                    String quarter = year + "-Q" + q;
                    int first = (q - 1) * 3 + 1;
                    List<ForecastRow> inQuarter = months.stream()
                            .filter(row -> {
                                int month = Integer.parseInt(row.period().substring(5));
                                return month >= first && month < first + 3;
                            })
                            .toList();
                    List<ForecastRow> quarterRows = quarters.stream()
                            .filter(row -> row.period().equals(quarter))
                            .toList();
                    assertAddUp(inQuarter, quarterRows, quarter + " by " + by + ", seed " + seed);
                    // The one-quarter question answers what the four-quarter one says of it.
                    assertAddUp(
                            rows(Granularity.QUARTER, LocalDate.of(year, first, 1), LocalDate.of(year, first, 1), by),
                            quarterRows,
                            quarter + " asked alone, by " + by + ", seed " + seed);
                }
                assertAddUp(quarters, whole, year + " by " + by + ", seed " + seed);
            }
            BigDecimal open2026and2027 = sum(
                    rows(Granularity.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), by),
                    ForecastRow::openUnweighted);
            assertThat(open2026and2027)
                    .as("every open deal due by 2027, overdue ones too, by %s, seed %d", by, seed)
                    .isEqualByComparingTo(allOpen);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void aPeriodGoneByHasNoOpenDealsAndTheCurrentOneHasEveryOverdueOne(long seed) {
        manager = newWorkspace(Role.MANAGER);
        Random random = new Random(seed);
        BigDecimal overdue = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) {
            LocalDate close = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(320)); // before today
            BigDecimal amount = BigDecimal.valueOf(1000L + random.nextInt(100_000));
            deals.create(
                    manager,
                    new NewDeal("Late " + i, null, amount, null, close, null, null, null, null, null, null, null));
            overdue = overdue.add(amount);
        }
        LocalDate october = LocalDate.of(2026, 10, 1);
        LocalDate november = LocalDate.of(2026, 11, 1);

        assertThat(sum(rows(Granularity.MONTH, october, october, GroupBy.NONE), ForecastRow::openUnweighted))
                .isZero();
        Forecast thisMonth = forecasts.forecast(
                manager, new ForecastQuery(Granularity.MONTH, november, november, GroupBy.NONE, null));
        assertThat(thisMonth.totalUnweighted()).isEqualByComparingTo(overdue);
        assertThat(thisMonth.overdue().deals()).isEqualTo(10);
        assertThat(thisMonth.overdue().unweighted()).isEqualByComparingTo(overdue);
        assertThat(thisMonth.showsCurrentPeriod()).isTrue();
    }

    private List<ForecastRow> rows(Granularity granularity, LocalDate from, LocalDate to, GroupBy by) {
        return forecasts
                .forecast(manager, new ForecastQuery(granularity, from, to, by, null))
                .rows();
    }

    private static void assertAddUp(List<ForecastRow> parts, List<ForecastRow> whole, String what) {
        for (Function<ForecastRow, BigDecimal> column : List.<Function<ForecastRow, BigDecimal>>of(
                ForecastRow::openUnweighted, ForecastRow::openWeighted, ForecastRow::closedWon)) {
            assertThat(sum(parts, column)).as(what).isEqualByComparingTo(sum(whole, column));
        }
        assertThat(parts.stream().mapToLong(ForecastRow::openDeals).sum())
                .as(what)
                .isEqualTo(whole.stream().mapToLong(ForecastRow::openDeals).sum());
    }

    private static BigDecimal sum(List<ForecastRow> rows, Function<ForecastRow, BigDecimal> column) {
        return rows.stream().map(column).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
