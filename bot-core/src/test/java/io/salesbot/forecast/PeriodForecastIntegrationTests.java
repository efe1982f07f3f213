package io.salesbot.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.opportunity.PipelineSetupService;
import io.salesbot.reply.Period;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A rep's and the team's Commit, Best case, won and quota for a period, against {@link ForecastFixture}. */
class PeriodForecastIntegrationTests extends IntegrationTestBase {

    @Autowired
    OpportunityService deals;

    @Autowired
    PipelineSetupService pipeline;

    @Autowired
    QuotaService quotas;

    @Autowired
    ForecastService forecasts;

    @Autowired
    DealTotals totals;

    Actor admin;
    Actor somchai;
    Actor malee;

    @BeforeEach
    void data() {
        admin = newWorkspace(Role.ADMIN);
        somchai = join(admin, "somchai", Role.REP);
        malee = join(admin, "malee", Role.REP);
        ForecastFixture.load(deals, pipeline, quotas, admin, somchai, malee);
    }

    @Test
    void theTeamsQuarter() {
        PeriodForecast team = forecasts.periodForecast(malee, null, ForecastFixture.Q4);

        assertThat(team.closedWon()).isEqualByComparingTo("300000");
        assertThat(team.commit()).isEqualByComparingTo("280000");
        assertThat(team.bestCase()).isEqualByComparingTo("380000");
        assertThat(team.pipeline()).isEqualByComparingTo("430000");
        assertThat(team.weighted()).isEqualByComparingTo("263000");
        assertThat(team.quota()).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("1000000"));
        assertThat(team.attainment()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.30"));
        assertThat(team.gap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("700000"));
        assertThat(team.coverage()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0.6143"));
        assertThat(totals.differences(admin.workspaceId())).isEmpty();
    }

    @Test
    void eachRepsQuarterWithTheQuotaOfItsMonths() {
        Map<Long, PeriodForecast> perRep = forecasts.periodForecastPerRep(admin, ForecastFixture.Q4);

        PeriodForecast mine = perRep.get(somchai.memberId());
        assertThat(mine).isEqualTo(forecasts.periodForecast(somchai, somchai.memberId(), ForecastFixture.Q4));
        assertThat(mine.closedWon()).isEqualByComparingTo("300000");
        assertThat(mine.commit()).isEqualByComparingTo("200000");
        assertThat(mine.bestCase()).isEqualByComparingTo("300000");
        assertThat(mine.pipeline()).isEqualByComparingTo("350000");
        assertThat(mine.weighted()).isEqualByComparingTo("255000");
        assertThat(mine.quota()).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("400000"));
        assertThat(mine.attainment()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.75"));
        assertThat(mine.gap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("100000"));
        assertThat(mine.coverage()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("3.5"));

        PeriodForecast hers = perRep.get(malee.memberId());
        assertThat(hers.closedWon()).isEqualByComparingTo("0");
        assertThat(hers.commit()).as("her overdue deal counts today").isEqualByComparingTo("80000");
        assertThat(hers.bestCase()).isEqualByComparingTo("80000");
        assertThat(hers.pipeline()).isEqualByComparingTo("80000");
        assertThat(hers.weighted()).isEqualByComparingTo("8000");
        assertThat(hers.quota()).as("one month of three set: no quarter quota").isEmpty();
        assertThat(hers.attainment()).isEmpty();
        assertThat(hers.gap()).isEmpty();
        assertThat(hers.coverage()).isEmpty();

        assertThat(perRep.keySet()).containsExactlyInAnyOrder(somchai.memberId(), malee.memberId());
    }

    @Test
    void aMonthAndTheNextQuarter() {
        PeriodForecast december =
                forecasts.periodForecast(admin, somchai.memberId(), new Period(Period.Kind.MONTH, 2026, 12));
        assertThat(december.commit()).isEqualByComparingTo("200000");
        assertThat(december.bestCase()).isEqualByComparingTo("300000");
        assertThat(december.pipeline()).as("deal 3 is due in November").isEqualByComparingTo("300000");
        assertThat(december.closedWon()).as("won in November").isEqualByComparingTo("0");
        assertThat(december.quota()).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("150000"));
        assertThat(december.coverage()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("2"));

        PeriodForecast q1 = forecasts.periodForecast(admin, null, new Period(Period.Kind.QUARTER, 2027, 1));
        assertThat(q1.pipeline()).isEqualByComparingTo("120000");
        assertThat(q1.commit()).isEqualByComparingTo("0");
        assertThat(q1.quota()).isEmpty();
    }

    @Test
    void aMetQuotaLeavesNoGapAndNoCoverage() {
        quotas.set(admin, "somchai", ForecastFixture.Q4, new BigDecimal("250000"));

        PeriodForecast mine = forecasts.periodForecast(admin, somchai.memberId(), ForecastFixture.Q4);

        assertThat(mine.quota())
                .as("its own beats its months")
                .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("250000"));
        assertThat(mine.attainment()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1.2"));
        assertThat(mine.gap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0"));
        assertThat(mine.coverage()).isEmpty();
    }

    @Test
    void aStagesNewCategoryMovesItsDealsInTheForecast() {
        pipeline.changeForecastCategory(admin, "proposal", io.salesbot.opportunity.ForecastCategory.COMMIT);

        PeriodForecast team = forecasts.periodForecast(admin, null, ForecastFixture.Q4);

        assertThat(team.commit()).isEqualByComparingTo("380000");
        assertThat(team.bestCase()).isEqualByComparingTo("380000");
        assertThat(totals.differences(admin.workspaceId())).isEmpty();
    }
}
