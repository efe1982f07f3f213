package io.salesbot.forecast;

import io.salesbot.opportunity.DealEdits;
import io.salesbot.opportunity.ForecastCategory;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.opportunity.PipelineSetupService;
import io.salesbot.reply.Period;
import io.salesbot.workspace.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The small data set the forecast figures are checked against. Today is 2026-11-27 (Q4). The
 * admin adds Proposal (70 %, so Best case) and Negotiation (90 %, so Commit) after In progress.
 *
 * <pre>
 * #  owner    stage        amount   category            weighted  close        counts in
 * 1  somchai  Negotiation  200,000  Commit (stage)      180,000   2026-12-10   Q4
 * 2  somchai  Proposal     100,000  Best case (stage)    70,000   2026-12-20   Q4
 * 3  somchai  Wait          50,000  Pipeline (stage)      5,000   2026-11-30   Q4
 * 4  somchai  Wait          40,000  Omitted (set)         -       2026-12-05   nowhere
 * 5  somchai  Won          300,000  Closed                -       2026-11-27   Q4 (won today)
 * 6  malee    Wait          80,000  Commit (set)          8,000   2026-10-15   Q4 (overdue: today's period)
 * 7  malee    In progress  120,000  Pipeline (stage)     60,000   2027-01-20   2027-Q1
 * 8  malee    Lost         500,000  -                     -       2026-11-27   nowhere
 *
 * 2026-Q4        won      commit   best case  pipeline  weighted
 *   team         300,000  280,000  380,000    430,000   263,000
 *   somchai      300,000  200,000  300,000    350,000   255,000
 *   malee              0   80,000   80,000     80,000     8,000
 *
 * quotas set: team 2026-Q4 1,000,000; somchai 2026-10 100,000, 2026-11 150,000, 2026-12 150,000
 * (so Q4 400,000 by the sum of its months); malee 2026-10 100,000 only (so no Q4 quota).
 *   team     attainment 300/1,000 = 30 %   gap 700,000   coverage 430/700 = 0.6143
 *   somchai  attainment 300/400   = 75 %   gap 100,000   coverage 350/100 = 3.5
 *   malee    no quota: no attainment, gap or coverage
 * </pre>
 */
final class ForecastFixture {

    static final Period Q4 = new Period(Period.Kind.QUARTER, 2026, 4);

    private ForecastFixture() {}

    static void load(
            OpportunityService deals,
            PipelineSetupService pipeline,
            QuotaService quotas,
            Actor admin,
            Actor somchai,
            Actor malee) {
        pipeline.addStage(admin, "Proposal", "เสนอราคา", 70, "in progress");
        pipeline.addStage(admin, "Negotiation", "เจรจาต่อรอง", 90, "proposal");
        create(deals, somchai, "Commit deal", "200000", "negotiation", "2026-12-10");
        create(deals, somchai, "Best case deal", "100000", "proposal", "2026-12-20");
        create(deals, somchai, "Pipeline deal", "50000", "wait", "2026-11-30");
        create(deals, somchai, "Omitted deal", "40000", "wait", "2026-12-05");
        deals.edit(somchai, "#4", DealEdits.category(ForecastCategory.OMITTED));
        create(deals, somchai, "Won deal", "300000", "in progress", "2026-12-31");
        deals.win(somchai, "#5", "signed", null);
        create(deals, malee, "Overdue commit", "80000", "wait", "2026-10-15");
        deals.edit(malee, "#6", DealEdits.category(ForecastCategory.COMMIT));
        create(deals, malee, "Next quarter", "120000", "in progress", "2027-01-20");
        create(deals, malee, "Lost deal", "500000", "in progress", "2026-12-31");
        deals.lose(malee, "#8", "price", null);

        quotas.set(admin, null, Q4, new BigDecimal("1000000"));
        quotas.set(admin, "somchai", new Period(Period.Kind.MONTH, 2026, 10), new BigDecimal("100000"));
        quotas.set(admin, "somchai", new Period(Period.Kind.MONTH, 2026, 11), new BigDecimal("150000"));
        quotas.set(admin, "somchai", new Period(Period.Kind.MONTH, 2026, 12), new BigDecimal("150000"));
        quotas.set(admin, "malee", new Period(Period.Kind.MONTH, 2026, 10), new BigDecimal("100000"));
    }

    private static void create(
            OpportunityService deals, Actor owner, String name, String amount, String stage, String close) {
        deals.create(
                owner,
                new NewDeal(
                        name,
                        null,
                        new BigDecimal(amount),
                        null,
                        LocalDate.parse(close),
                        stage,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }
}
