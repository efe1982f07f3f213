package io.salesbot.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.campaign.CampaignReportService;
import io.salesbot.campaign.CampaignResult;
import io.salesbot.campaign.CampaignService;
import io.salesbot.common.SalesbotException;
import io.salesbot.opportunity.DealEdits;
import io.salesbot.opportunity.ForecastCategory;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.opportunity.PipelineSetupService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The roll-ups the manager questions read stay exact through every kind of change: after a few
 * hundred random changes made through the services, they equal the plain aggregate of the deals,
 * and the answers read from them equal the answers the services compute from the deals.
 */
class DealTotalsIntegrationTests extends IntegrationTestBase {

    private static final String[] STAGES = {"wait", "in progress"};
    private static final String[] TYPES = {"new_customer", "existing_customer"};
    private static final String[] CAMPAIGNS = {"Expo", "Web", null};
    private static final LocalDate FIRST_CLOSE = LocalDate.of(2026, 8, 1);

    @Autowired
    OpportunityService deals;

    @Autowired
    ForecastService forecasts;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignReportService campaignReports;

    @Autowired
    PipelineSetupService pipelineSetup;

    @Autowired
    DealTotals totals;

    @Test
    void randomChangesKeepTheRollUpsEqualToThePlainAggregate() {
        Actor manager = newWorkspace(Role.ADMIN); // admins also change a stage's default probability
        Actor other = newWorkspace(Role.MANAGER);
        List<Actor> reps = List.of(manager, join(manager, "somchai", Role.REP), join(manager, "malee", Role.REP));
        campaigns.create(manager, "Expo", null, null, new BigDecimal("50000"));
        campaigns.create(manager, "Web", null, null, null);
        Random random = new Random(20261127);
        int numbers = 0;
        for (int step = 0; step < 250; step++) {
            clock.advance(Duration.ofMinutes(random.nextInt(600))); // stays of every length, some of none
            if (numbers < 5 || random.nextInt(4) == 0) {
                create(reps.get(random.nextInt(reps.size())), random);
                create(other, random); // another workspace's deals must never show up in this one's totals
                numbers++;
            } else {
                change(manager, "#" + (1 + random.nextInt(numbers)), random);
            }
        }
        pipelineSetup.changeDefaultProbability(manager, "wait", 15); // deals in the stage follow
        pipelineSetup.changeForecastCategory(manager, "in progress", ForecastCategory.BEST_CASE); // and its category

        assertThat(totals.differences(manager.workspaceId())).isEmpty();
        assertThat(totals.differences(other.workspaceId())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM deal_stage_time t JOIN opportunity o ON o.id = t.opportunity_id"
                                + " WHERE o.workspace_id = ? AND t.stays > 1 AND t.seconds > 0",
                        Long.class,
                        manager.workspaceId()))
                .as("deals back in a stage they had left, after time had passed")
                .isPositive();
        assertPipelineFromTotalsEqualsPipelineFromDeals(manager);
        assertForecastFromTotalsEqualsForecastFromDeals(manager, Granularity.MONTH);
        assertForecastFromTotalsEqualsForecastFromDeals(manager, Granularity.QUARTER);
        assertCampaignReportEqualsPlainAggregate(manager);
    }

    @Test
    void aChangeMadeOutsideTheServicesIsCountedToo() {
        Actor manager = newWorkspace(Role.MANAGER);
        create(manager, new Random(1));
        create(manager, new Random(2));

        jdbc.update(
                "UPDATE opportunity SET estimated_revenue = estimated_revenue + 1000, probability = 33,"
                        + " expected_close_date = '2027-02-02' WHERE workspace_id = ? AND number = 1",
                manager.workspaceId());
        jdbc.update("DELETE FROM opportunity_change WHERE workspace_id = ?", manager.workspaceId());
        jdbc.update("DELETE FROM opportunity_line WHERE workspace_id = ?", manager.workspaceId());
        jdbc.update("DELETE FROM opportunity WHERE workspace_id = ? AND number = 2", manager.workspaceId());

        assertThat(totals.differences(manager.workspaceId())).isEmpty();
        assertThat(forecasts.pipeline(manager, PipelineQuery.team()).openDeals())
                .isEqualTo(count("opportunity", manager));
    }

    /** A roll-up or a stay changed behind the triggers' back, and the difference that names it. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "UPDATE open_deal_total t SET t.deals = t.deals + 1 WHERE t.workspace_id = ?"
                        + " | open stage | deals +1",
                "UPDATE deal_stage_time t JOIN opportunity o ON o.id = t.opportunity_id SET t.seconds = t.seconds + 60"
                        + " WHERE o.workspace_id = ? | stage time deal | seconds +60",
                "UPDATE deal_stage_time t JOIN opportunity o ON o.id = t.opportunity_id SET t.closed_at = NOW()"
                        + " WHERE o.workspace_id = ? | stage time deal | owner, creation or close is not the deal's"
            })
    void aTamperedRollUpOrStayIsReportedAsADifference(String tampering, String key, String difference) {
        Actor manager = newWorkspace(Role.MANAGER);
        create(manager, new Random(3));

        jdbc.update(tampering, manager.workspaceId());

        assertThat(totals.differences(manager.workspaceId()))
                .singleElement()
                .asString()
                .startsWith(key + " ")
                .contains(difference);
    }

    private void create(Actor owner, Random random) {
        deals.create(
                owner,
                new NewDeal(
                        "Deal ลูกค้า " + random.nextInt(1000),
                        null,
                        amount(random),
                        null,
                        closeDate(random),
                        STAGES[random.nextInt(STAGES.length)],
                        TYPES[random.nextInt(TYPES.length)],
                        campaignOrNone(owner, random),
                        null,
                        null,
                        null,
                        null));
    }

    private String campaignOrNone(Actor owner, Random random) {
        boolean hasCampaigns = count("campaign", owner) > 0;
        return hasCampaigns ? CAMPAIGNS[random.nextInt(CAMPAIGNS.length)] : null;
    }

    private void change(Actor manager, String deal, Random random) {
        try {
            switch (random.nextInt(10)) {
                case 0 -> deals.moveStage(manager, deal, STAGES[random.nextInt(STAGES.length)], null, null);
                case 1 -> deals.win(manager, deal, "signed", null);
                case 2 -> deals.lose(manager, deal, "price", null);
                case 3 -> deals.reopen(manager, deal, STAGES[random.nextInt(STAGES.length)], null);
                case 4 -> deals.edit(manager, deal, DealEdits.amount(amount(random)));
                case 5 -> deals.edit(manager, deal, DealEdits.probability(random.nextInt(101)));
                case 6 -> deals.edit(manager, deal, DealEdits.closeDate(closeDate(random)));
                case 7 -> deals.edit(manager, deal, DealEdits.owner(random.nextBoolean() ? "somchai" : "malee"));
                case 8 -> {
                    int pick = random.nextInt(ForecastCategory.CHOICES.size() + 1);
                    deals.edit(
                            manager,
                            deal,
                            DealEdits.category(
                                    pick == ForecastCategory.CHOICES.size()
                                            ? null
                                            : ForecastCategory.CHOICES.get(pick)));
                }
                default ->
                    deals.edit(manager, deal, DealEdits.campaign(CAMPAIGNS[random.nextInt(CAMPAIGNS.length - 1)]));
            }
        } catch (SalesbotException refused) {
            // Winning a won deal, reopening an open one: refused, and nothing may have changed.
        }
    }

    private static BigDecimal amount(Random random) {
        return BigDecimal.valueOf(random.nextInt(10_000_000), 2);
    }

    private static LocalDate closeDate(Random random) {
        return FIRST_CLOSE.plusDays(random.nextInt(300));
    }

    /** The team's pipeline comes from the roll-ups; with a type filter from the deals. */
    private void assertPipelineFromTotalsEqualsPipelineFromDeals(Actor manager) {
        Pipeline team = forecasts.pipeline(manager, PipelineQuery.team());
        Map<String, PipelineRow> byType = new HashMap<>();
        for (String type : TYPES) {
            for (PipelineRow row : forecasts
                    .pipeline(manager, new PipelineQuery(null, type, null))
                    .rows()) {
                byType.merge(row.stage(), row, DealTotalsIntegrationTests::add);
            }
        }
        assertThat(team.rows())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row)
                        .usingRecursiveComparison()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                        .isEqualTo(byType.get(row.stage())));
        assertThat(team.openDeals()).isPositive();

        PipelineQuery malees = PipelineQuery.of("malee");
        Map<String, Long> fromTotals = forecasts.pipeline(manager, malees).rows().stream()
                .collect(Collectors.toMap(PipelineRow::stage, PipelineRow::deals));
        Map<String, Long> fromDeals = new HashMap<>();
        for (String type : TYPES) {
            forecasts
                    .pipeline(manager, new PipelineQuery("malee", type, null))
                    .rows()
                    .forEach(row -> fromDeals.merge(row.stage(), row.deals(), Long::sum));
        }
        assertThat(fromTotals).isEqualTo(fromDeals);
    }

    private static PipelineRow add(PipelineRow a, PipelineRow b) {
        return new PipelineRow(
                a.stage(),
                a.thaiStage(),
                a.kind(),
                a.deals() + b.deals(),
                a.estimated().add(b.estimated()),
                a.expected().add(b.expected()));
    }

    /** The forecast per period comes from the roll-ups; grouped by type it comes from the deals. */
    private void assertForecastFromTotalsEqualsForecastFromDeals(Actor manager, Granularity granularity) {
        LocalDate from = FIRST_CLOSE;
        LocalDate to = FIRST_CLOSE.plusDays(300);
        Forecast whole = forecasts.forecast(manager, new ForecastQuery(granularity, from, to, GroupBy.NONE, null));
        Forecast byType = forecasts.forecast(manager, new ForecastQuery(granularity, from, to, GroupBy.TYPE, null));
        Map<String, ForecastRow> summed = new HashMap<>();
        byType.rows().forEach(row -> summed.merge(row.period(), row, DealTotalsIntegrationTests::add));
        List<ForecastRow> nonEmpty = new ArrayList<>(whole.rows().stream()
                .filter(row -> row.openDeals() + row.wonDeals() > 0)
                .toList());
        assertThat(nonEmpty).hasSize(summed.size());
        for (ForecastRow row : nonEmpty) {
            ForecastRow expected = summed.get(row.period());
            assertThat(row.openDeals()).as(row.period()).isEqualTo(expected.openDeals());
            assertThat(row.openUnweighted()).as(row.period()).isEqualByComparingTo(expected.openUnweighted());
            assertThat(row.openWeighted()).as(row.period()).isEqualByComparingTo(expected.openWeighted());
            assertThat(row.wonDeals()).as(row.period()).isEqualTo(expected.wonDeals());
            assertThat(row.closedWon()).as(row.period()).isEqualByComparingTo(expected.closedWon());
            assertThat(row.commit()).as(row.period()).isEqualByComparingTo(expected.commit());
            assertThat(row.bestCase()).as(row.period()).isEqualByComparingTo(expected.bestCase());
        }

        Forecast byRep = forecasts.forecast(manager, new ForecastQuery(granularity, from, to, GroupBy.REP, null));
        Map<String, Long> repDeals = byRep.rows().stream()
                .collect(Collectors.groupingBy(ForecastRow::period, Collectors.summingLong(ForecastRow::openDeals)));
        Map<String, Long> typeDeals = byType.rows().stream()
                .collect(Collectors.groupingBy(ForecastRow::period, Collectors.summingLong(ForecastRow::openDeals)));
        assertThat(repDeals).isEqualTo(typeDeals);
    }

    private static ForecastRow add(ForecastRow a, ForecastRow b) {
        return a.plus(b);
    }

    private void assertCampaignReportEqualsPlainAggregate(Actor manager) {
        Map<String, CampaignResult> report = campaignReports.report(manager, null).stream()
                .collect(Collectors.toMap(CampaignResult::campaign, Function.identity()));
        List<Map<String, Object>> plain = jdbc.queryForList("""
                SELECT c.name, COUNT(o.id) AS deals, COALESCE(SUM(o.stage_kind = 'WON'), 0) AS won,
                       COALESCE(SUM(o.stage_kind = 'LOST'), 0) AS lost,
                       COALESCE(SUM(IF(o.stage_kind = 'WON', o.estimated_revenue, 0)), 0) AS won_revenue,
                       COALESCE(SUM(IF(o.stage_kind = 'OPEN', o.estimated_revenue, 0)), 0) AS open_pipeline
                FROM campaign c LEFT JOIN opportunity o ON o.campaign_id = c.id
                WHERE c.workspace_id = ? GROUP BY c.id, c.name""", manager.workspaceId());
        assertThat(plain).hasSize(2);
        for (Map<String, Object> row : plain) {
            CampaignResult result = report.get((String) row.get("name"));
            assertThat(result.deals()).isEqualTo(((Number) row.get("deals")).longValue());
            assertThat(result.won()).isEqualTo(((Number) row.get("won")).longValue());
            assertThat(result.lost()).isEqualTo(((Number) row.get("lost")).longValue());
            assertThat(result.wonRevenue()).isEqualByComparingTo((BigDecimal) row.get("won_revenue"));
            assertThat(result.openPipeline()).isEqualByComparingTo((BigDecimal) row.get("open_pipeline"));
        }
    }
}
