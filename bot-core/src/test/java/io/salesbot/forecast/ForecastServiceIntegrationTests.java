package io.salesbot.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.campaign.CampaignReportService;
import io.salesbot.campaign.CampaignResult;
import io.salesbot.campaign.CampaignService;
import io.salesbot.opportunity.DealEdits;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.opportunity.StageKind;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Checks every manager answer against numbers worked out by hand. Today is 2026-11-27 (Q4).
 *
 * <pre>
 * #  owner  stage        amount     prob  expected   close       type      campaign
 * 1  somchai Wait        100,000    10    10,000     2026-12-15  new       Expo
 * 2  somchai In progress 400,000    50    200,000    2026-12-20  existing  Expo
 * 3  malee   In progress 250,000.50 70    175,000.35 2027-01-10  new       -
 * 4  malee   Won         300,000    100   -          2026-11-27  new       Expo   (won today)
 * 5  somchai Lost        80,000     0     -          2026-11-27  existing  Expo   (lost today)
 * 6  malee   Wait        50,000     10    5,000      2026-10-01  new       Web    (slipping)
 * </pre>
 */
class ForecastServiceIntegrationTests extends IntegrationTestBase {

    @Autowired
    OpportunityService deals;

    @Autowired
    ForecastService forecasts;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignReportService campaignReports;

    Actor manager;
    Actor somchai;
    Actor malee;

    @BeforeEach
    void pipeline() {
        manager = newWorkspace(Role.MANAGER);
        somchai = join(manager, "somchai", Role.REP);
        malee = join(manager, "malee", Role.REP);
        campaigns.create(manager, "Expo", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 3), new BigDecimal("50000"));
        campaigns.create(manager, "Web", null, null, null);
        campaigns.create(manager, "Unused", null, null, null);

        create(somchai, "Wait deal", "100000", null, "2026-12-15", "new_customer", "Expo");
        create(somchai, "Progress deal", "400000", "in progress", "2026-12-20", "existing_customer", "Expo");
        create(malee, "Next year deal", "250000.50", "in progress", "2027-01-10", "new_customer", null);
        deals.edit(malee, "#3", DealEdits.probability(70));
        create(malee, "Won deal", "300000", "in progress", "2026-12-31", "new_customer", "Expo");
        deals.win(malee, "#4", "signed", null);
        create(somchai, "Lost deal", "80000", null, "2026-12-31", "existing_customer", "Expo");
        deals.lose(somchai, "#5", "price", null);
        create(malee, "Slipping deal", "50000", null, "2026-10-01", "new_customer", "Web");
    }

    private void create(
            Actor owner, String name, String amount, String stage, String close, String type, String campaign) {
        deals.create(
                owner,
                new NewDeal(
                        name,
                        null,
                        new BigDecimal(amount),
                        null,
                        LocalDate.parse(close),
                        stage,
                        type,
                        campaign,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void closedSinceCountsEveryClosedDealAndNamesOnlyTheNewest() {
        for (int i = 1; i <= 3; i++) {
            create(somchai, "Extra win " + i, "1000000", null, "2026-12-31", "new_customer", null);
            deals.win(somchai, "Extra win " + i, "signed", null);
        }

        Map<StageKind, ClosedDeals> closed = forecasts.closedSince(manager, Instant.parse("2000-01-01T00:00:00Z"), 2);

        ClosedDeals won = closed.get(StageKind.WON);
        assertThat(won.count()).as("all four, though only two are named").isEqualTo(4);
        assertThat(won.total()).isEqualByComparingTo("3300000");
        assertThat(won.newest()).hasSize(2);
        assertThat(closed.get(StageKind.LOST).count()).isEqualTo(1);
        assertThat(closed.get(StageKind.LOST).newest()).containsExactly(new ClosedDeals.Named(5, "Lost deal"));
    }

    @Test
    void pipelineCountsAndValuesEveryStage() {
        Pipeline pipeline = forecasts.pipeline(manager, PipelineQuery.team());

        assertThat(pipeline.rows())
                .extracting(PipelineRow::stage, PipelineRow::deals, PipelineRow::estimated, PipelineRow::expected)
                .containsExactly(
                        Tuple.tuple("Wait", 2L, new BigDecimal("150000.00"), new BigDecimal("15000.00")),
                        Tuple.tuple("In progress", 2L, new BigDecimal("650000.50"), new BigDecimal("375000.35")),
                        Tuple.tuple("Closed Won", 1L, new BigDecimal("300000.00"), new BigDecimal("300000.00")),
                        Tuple.tuple("Closed Lost", 1L, new BigDecimal("80000.00"), new BigDecimal("0.00")));
        assertThat(pipeline.openDeals()).isEqualTo(4);
        assertThat(pipeline.openEstimated()).isEqualByComparingTo("800000.50");
        assertThat(pipeline.openExpected()).isEqualByComparingTo("390000.35");
    }

    @Test
    void pipelineOfOneRepAndOfOneCampaign() {
        assertThat(forecasts.pipeline(somchai, PipelineQuery.of("somchai")).openEstimated())
                .isEqualByComparingTo("500000");
        assertThat(forecasts
                        .pipeline(manager, new PipelineQuery(null, null, "expo"))
                        .openExpected())
                .isEqualByComparingTo("210000");
        assertThat(forecasts
                        .pipeline(manager, new PipelineQuery(null, "new customer", null))
                        .openEstimated())
                .isEqualByComparingTo("400000.50");
    }

    @Test
    void repsSeeTheTeamAnotherRepAloneAndEveryRep() {
        // One rule for looking (README): every member reads every deal and report of the workspace.
        assertThat(forecasts.pipeline(somchai, PipelineQuery.team()).openDeals())
                .isEqualTo(4);
        assertThat(forecasts.pipeline(somchai, PipelineQuery.of("malee")).openDeals())
                .isEqualTo(
                        forecasts.pipeline(manager, PipelineQuery.of("malee")).openDeals());
        assertThat(forecasts.forecast(somchai, quarters(GroupBy.REP)).rows())
                .isEqualTo(forecasts.forecast(manager, quarters(GroupBy.REP)).rows())
                .isNotEmpty();
    }

    @Test
    void forecastsByQuarterOfExpectedCloseDate() {
        Forecast forecast = forecasts.forecast(manager, quarters(GroupBy.NONE));

        assertThat(forecast.rows())
                .extracting(
                        ForecastRow::period,
                        ForecastRow::openUnweighted,
                        ForecastRow::openWeighted,
                        ForecastRow::closedWon)
                .containsExactly(
                        Tuple.tuple(
                                "2026-Q4",
                                new BigDecimal("550000.00"),
                                new BigDecimal("215000.00"),
                                new BigDecimal("300000.00")),
                        Tuple.tuple(
                                "2027-Q1",
                                new BigDecimal("250000.50"),
                                new BigDecimal("175000.35"),
                                new BigDecimal("0.00")),
                        Tuple.tuple("2027-Q2", new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00")));
        assertThat(forecast.totalWeighted()).isEqualByComparingTo("390000.35");
    }

    @Test
    void forecastsByMonthPerRepTypeAndCampaign() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        LocalDate to = LocalDate.of(2027, 1, 31);

        assertThat(forecasts
                        .forecast(manager, new ForecastQuery(Granularity.MONTH, from, to, GroupBy.REP, null))
                        .rows())
                .extracting(ForecastRow::period, ForecastRow::group, ForecastRow::openWeighted)
                .containsExactly(
                        Tuple.tuple("2026-12", "somchai", new BigDecimal("210000.00")),
                        Tuple.tuple("2027-01", "malee", new BigDecimal("175000.35")));
        assertThat(forecasts
                        .forecast(manager, new ForecastQuery(Granularity.YEAR, from, to, GroupBy.TYPE, null))
                        .rows())
                .extracting(
                        ForecastRow::period, ForecastRow::group, ForecastRow::openUnweighted, ForecastRow::closedWon)
                .containsExactly(
                        Tuple.tuple("2026", "existing_customer", new BigDecimal("400000.00"), new BigDecimal("0.00")),
                        Tuple.tuple("2026", "new_customer", new BigDecimal("150000.00"), new BigDecimal("300000.00")),
                        Tuple.tuple("2027", "new_customer", new BigDecimal("250000.50"), new BigDecimal("0.00")));
        assertThat(forecasts
                        .forecast(manager, new ForecastQuery(Granularity.QUARTER, from, from, GroupBy.CAMPAIGN, null))
                        .rows())
                .extracting(ForecastRow::group, ForecastRow::closedWon)
                .containsExactly(
                        Tuple.tuple("Expo", new BigDecimal("300000.00")), Tuple.tuple("Web", new BigDecimal("0.00")));
    }

    @Test
    void campaignReportCountsWinsAndWinRate() {
        assertThat(campaignReports.report(manager, null))
                .extracting(
                        CampaignResult::campaign,
                        CampaignResult::deals,
                        CampaignResult::won,
                        CampaignResult::lost,
                        CampaignResult::winRate,
                        CampaignResult::wonRevenue,
                        CampaignResult::openPipeline)
                .containsExactly(
                        Tuple.tuple(
                                "Expo",
                                4L,
                                1L,
                                1L,
                                new BigDecimal("50.0"),
                                new BigDecimal("300000.00"),
                                new BigDecimal("500000.00")),
                        Tuple.tuple("Unused", 0L, 0L, 0L, null, new BigDecimal("0.00"), new BigDecimal("0.00")),
                        Tuple.tuple("Web", 1L, 0L, 0L, null, new BigDecimal("0.00"), new BigDecimal("50000.00")));
        assertThat(campaignReports.report(manager, "web"))
                .singleElement()
                .extracting(CampaignResult::deals)
                .isEqualTo(1L);
    }

    @Test
    void findsSlippingAndStaleDeals() {
        assertThat(forecasts.slippingDeals(manager, ReportFilters.NONE).shown())
                .extracting(DealAlert::name)
                .containsExactly("Slipping deal");

        clock.advance(Duration.ofDays(25)); // 2026-12-22: #1 and #2 have passed their close dates too
        deals.edit(somchai, "#1", DealEdits.amount(new BigDecimal("120000")));

        assertThat(forecasts.staleDeals(manager, ReportFilters.NONE, 14).shown())
                .extracting(DealAlert::number)
                .containsExactly(2, 3, 6);
        assertThat(forecasts.slippingDeals(manager, ReportFilters.NONE).shown())
                .extracting(DealAlert::name)
                .containsExactly("Slipping deal", "Wait deal", "Progress deal");
    }

    @Test
    void countsEverySlippingDealThoughOnlyTheFirstFiftyAreListed() {
        for (int i = 1; i <= DealAlerts.SHOWN + 2; i++) {
            create(malee, "Late " + i, "1000", null, "2026-11-01", "new_customer", null);
        }

        DealAlerts slipping = forecasts.slippingDeals(manager, ReportFilters.NONE);

        assertThat(slipping.total()).as("52 new and the one before").isEqualTo(DealAlerts.SHOWN + 3);
        assertThat(slipping.shown()).hasSize(DealAlerts.SHOWN);
        assertThat(slipping.notShown()).isEqualTo(3);
        assertThat(forecasts.slippingDeals(manager, "somchai").total()).isZero();
    }

    @Test
    void anotherWorkspaceSeesNoneOfIt() {
        Actor stranger = newWorkspace(Role.ADMIN);

        assertThat(forecasts.pipeline(stranger, PipelineQuery.team()).openDeals())
                .isZero();
        assertThat(forecasts.forecast(stranger, quarters(GroupBy.NONE)).totalUnweighted())
                .isZero();
        assertThat(campaignReports.report(stranger, null)).isEmpty();
        assertThat(forecasts.slippingDeals(stranger, ReportFilters.NONE).isEmpty())
                .isTrue();
    }

    private static ForecastQuery quarters(GroupBy groupBy) {
        return new ForecastQuery(
                Granularity.QUARTER, LocalDate.of(2026, 11, 27), LocalDate.of(2027, 4, 1), groupBy, null);
    }
}
