package io.salesbot.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.campaign.CampaignService;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every part of a pipeline report (rows, totals, slipping and stale lists, chart, title) honours
 * every filter, alone and together, and the title says which are in force. Today is 2026-11-27.
 */
class ReportFiltersIntegrationTests extends IntegrationTestBase {

    static final ReplyLocale ENGLISH = ReplyLocale.of("en", ZoneId.of("Asia/Bangkok"));
    static final ReplyLocale THAI = ReplyLocale.of("th", ZoneId.of("Asia/Bangkok"));

    @Autowired
    OpportunityService deals;

    @Autowired
    CampaignService campaigns;

    @Autowired
    PipelineReport pipelines;

    @Autowired
    ForecastReport forecasts;

    @Autowired
    Localizer localizer;

    Actor manager;
    final List<Deal> made = new ArrayList<>();

    /** A deal as this test made it, to work out by hand what each filter keeps. */
    record Deal(int number, String owner, String type, String campaign, BigDecimal amount, boolean slipping) {}

    /** A filter as typed, and which deals it keeps. */
    record Filter(PipelineQuery query, Predicate<Deal> keeps, List<String> saidInTitle) {}

    @BeforeEach
    void deals() {
        manager = newWorkspace(Role.MANAGER);
        Actor somchai = join(manager, "somchai", Role.REP);
        Actor malee = join(manager, "malee", Role.REP);
        campaigns.create(manager, "Expo 2026", null, null, null);
        campaigns.create(manager, "Web", null, null, null);
        // Every combination of owner, type and campaign, one slipping and one due next month.
        for (Actor owner : List.of(somchai, malee)) {
            for (String type : List.of("new_customer", "existing_customer")) {
                for (String campaign : new String[] {"Expo 2026", "Web", null}) {
                    for (boolean slipping : List.of(true, false)) {
                        int number = made.size() + 1;
                        BigDecimal amount = BigDecimal.valueOf(1000L * number);
                        LocalDate close = slipping ? LocalDate.of(2026, 11, 3) : LocalDate.of(2026, 12, 20);
                        deals.create(
                                owner,
                                new NewDeal(
                                        "Deal " + number,
                                        null,
                                        amount,
                                        null,
                                        close,
                                        null,
                                        type,
                                        campaign,
                                        null,
                                        null,
                                        null,
                                        null));
                        String ownerName = owner == somchai ? "somchai" : "malee";
                        made.add(new Deal(number, ownerName, type, campaign, amount, slipping));
                    }
                }
            }
        }
        clock.advance(Duration.ofDays(15)); // 2026-12-12: every deal is stale too
    }

    static List<Filter> filters() {
        return List.of(
                new Filter(
                        new PipelineQuery("somchai", null, null),
                        d -> d.owner().equals("somchai"),
                        List.of("Pipeline of somchai")),
                new Filter(
                        new PipelineQuery(null, "existing customer", null),
                        d -> d.type().equals("existing_customer"),
                        List.of("Team pipeline", "type: Existing customer")),
                new Filter(
                        new PipelineQuery(null, null, "expo 2026"),
                        d -> "Expo 2026".equals(d.campaign()),
                        List.of("Team pipeline", "campaign: Expo 2026")),
                new Filter(
                        new PipelineQuery("malee", "new_customer", "Web"),
                        d -> d.owner().equals("malee") && d.type().equals("new_customer") && "Web".equals(d.campaign()),
                        List.of("Pipeline of malee", "type: New customer", "campaign: Web")));
    }

    @Test
    void everyPartOfThePipelineHonoursEveryFilter() {
        for (Filter filter : filters()) {
            List<Deal> kept = made.stream().filter(filter.keeps()).toList();
            BotReply.Many reply = pipelines.answer(manager, filter.query(), "THB");
            BotReply.Table table = (BotReply.Table) reply.parts().get(0);
            BotReply.Chart chart = (BotReply.Chart) reply.parts().get(1);
            String title = localizer.text(table.title(), ENGLISH);

            assertThat(title).as("title of %s", filter.query()).contains(filter.saidInTitle());
            assertThat(chart.title()).as("the chart says the same").isEqualTo(table.title());
            BigDecimal total = kept.stream().map(Deal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(text(table.footer().get(0)))
                    .as("totals of %s", filter.query())
                    .contains(kept.size() + " deals", localizer.format(new Money(total, "THB"), ENGLISH));
            assertThat(chart.series().get(0).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(total);
            String slipping = footer(table, "Slipping");
            String stale = footer(table, "Stale");
            assertThat(numbers(slipping))
                    .as("slipping deals of %s", filter.query())
                    .containsExactlyInAnyOrderElementsOf(kept.stream()
                            .filter(Deal::slipping)
                            .map(Deal::number)
                            .limit(5)
                            .toList());
            assertThat(slipping)
                    .contains("(" + kept.stream().filter(Deal::slipping).count() + ",");
            assertThat(stale).contains("(" + kept.size() + ",");
            assertThat(numbers(stale)).allMatch(n -> kept.stream().anyMatch(d -> d.number() == n));
        }
    }

    @Test
    void theTeamPipelineIsTitledAsTheTeamsAndAThaiTitleSaysTheFiltersInThai() {
        BotReply.Many team = pipelines.answer(manager, PipelineQuery.team(), "THB");
        assertThat(localizer.text(((BotReply.Table) team.parts().get(0)).title(), ENGLISH))
                .isEqualTo("Team pipeline");

        BotReply.Many filtered = pipelines.answer(manager, new PipelineQuery(null, "new customer", "Web"), "THB");
        assertThat(localizer.text(((BotReply.Table) filtered.parts().get(0)).title(), THAI))
                .contains("ประเภท: ", "แคมเปญ: Web")
                .doesNotContain("type:", "campaign:");
    }

    @Test
    void theForecastTitleSaysWhoseAndHowItIsBrokenDown() {
        LocalDate today = LocalDate.of(2026, 12, 12);
        BotReply.Many mine = forecasts.answer(
                manager, new ForecastQuery(Granularity.QUARTER, today, today, GroupBy.TYPE, "malee"), "THB");
        BotReply.Table table = (BotReply.Table) mine.parts().get(0);
        BotReply.Chart chart = (BotReply.Chart) mine.parts().get(1);

        assertThat(localizer.text(table.title(), ENGLISH)).contains("malee", "by type");
        assertThat(chart.title()).isEqualTo(table.title());
        assertThat(chart.categories().stream().map(c -> localizer.format(c, ENGLISH)))
                .as("one bar group per type, by its name")
                .containsExactly("Existing customer", "New customer");
        BigDecimal malees = made.stream()
                .filter(d -> d.owner().equals("malee"))
                .map(Deal::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(chart.series().get(0).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(malees);
    }

    @Test
    void anEmptyReportSaysSoInASentenceInsteadOfDrawingAnEmptyChart() {
        Actor fresh = newWorkspace(Role.MANAGER);

        BotReply.Many pipeline = pipelines.answer(fresh, PipelineQuery.team(), "THB");
        LocalDate today = LocalDate.of(2026, 12, 12);
        BotReply.Many forecast = forecasts.answer(
                fresh, new ForecastQuery(Granularity.MONTH, today, today.plusMonths(5), GroupBy.NONE, null), "THB");

        assertThat(pipeline.parts()).singleElement().isInstanceOf(BotReply.Text.class);
        assertThat(localizer.text(((BotReply.Text) pipeline.parts().get(0)).message(), ENGLISH))
                .isEqualTo("Team pipeline: no deals yet.");
        assertThat(forecast.parts()).singleElement().isInstanceOf(BotReply.Text.class);
        assertThat(localizer.text(((BotReply.Text) forecast.parts().get(0)).message(), THAI))
                .startsWith("คาดการณ์ยอดขาย ธ.ค. 2569 – พ.ค. 2570: ไม่มีโอกาสการขาย");
    }

    @Test
    void aForecastSaysWhereTheOverdueDealsAreCounted() {
        LocalDate december = LocalDate.of(2026, 12, 1);
        BigDecimal overdue =
                made.stream().filter(Deal::slipping).map(Deal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String money = localizer.format(new Money(overdue, "THB"), ENGLISH);

        BotReply.Table months = (BotReply.Table) forecasts
                .answer(
                        manager,
                        new ForecastQuery(Granularity.MONTH, december, december.plusMonths(5), GroupBy.NONE, null),
                        "THB")
                .parts()
                .get(0);
        // November has gone by: nothing was won in it and its open deals are counted in December.
        List<BotReply> november = forecasts
                .answer(
                        manager,
                        new ForecastQuery(
                                Granularity.MONTH,
                                december.minusMonths(1),
                                december.minusMonths(1),
                                GroupBy.NONE,
                                null),
                        "THB")
                .parts();

        assertThat(months.footer().stream().map(this::text))
                .contains("Includes 12 open deals past the close date (" + money + "), counted in 2026-12.");
        assertThat(november.stream().map(part -> text(((BotReply.Text) part).message())))
                .containsExactly(
                        "Forecast 2026-11: no open or won deals close in these periods.",
                        "12 open deals past the close date (" + money
                                + ") are counted in the current period, 2026-12, not in these.");
    }

    private String footer(BotReply.Table table, String starting) {
        return table.footer().stream()
                .map(this::text)
                .filter(line -> line.startsWith(starting))
                .findFirst()
                .orElse("");
    }

    private String text(Message message) {
        return localizer.text(message, ENGLISH);
    }

    private static List<Integer> numbers(String line) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("#(\\d+)").matcher(line);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }
}
