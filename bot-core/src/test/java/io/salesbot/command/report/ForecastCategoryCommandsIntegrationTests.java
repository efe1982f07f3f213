package io.salesbot.command.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.forecast.DealTotals;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forecast categories, quotas and the forecast's figures as typed, in English and Thai, on the
 * data set of {@code forecast.ForecastFixture} (today 2026-11-27), built here with commands:
 *
 * <pre>
 * 2026-Q4        open(pipeline) weighted  won      commit   best case  quota      attainment gap      coverage
 *   team         430,000        263,000   300,000  280,000  380,000    1,000,000  30%        700,000  0.6×
 *   somchai      350,000        255,000   300,000  200,000  300,000    400,000    75%        100,000  3.5×
 *   malee         80,000          8,000         0   80,000   80,000    no quota   –          –        –
 * by category: Closed 300,000 (1) · Commit 280,000 (2) · Best case 100,000 (1) · Pipeline 50,000 (1)
 *              · Omitted 40,000 (1)
 * </pre>
 */
class ForecastCategoryCommandsIntegrationTests extends IntegrationTestBase {

    static final ReplyLocale ENGLISH = ReplyLocale.of("en", ZoneId.of("Asia/Bangkok"));
    static final ReplyLocale THAI = ReplyLocale.of("th", ZoneId.of("Asia/Bangkok"));

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    @Autowired
    DealTotals totals;

    Caller admin;
    Caller somchai;
    Caller malee;
    String team;

    @BeforeEach
    void data() {
        team = "T-" + UUID.randomUUID();
        admin = caller("U-ann", "Ann", Role.ADMIN);
        somchai = caller("U-som", "somchai", Role.REP);
        malee = caller("U-mal", "malee", Role.REP);
        run(admin, "/salesbot stages add Proposal prob:70 after:\"in progress\"");
        run(admin, "/salesbot stages add Negotiation prob:90 after:Proposal");
        run(somchai, "/opp new \"Commit deal\" amount:200k close:2026-12-10 stage:negotiation");
        run(somchai, "/opp new \"Best case deal\" amount:100k close:2026-12-20 stage:proposal");
        run(somchai, "/opp new \"Pipeline deal\" amount:50k close:2026-11-30");
        run(somchai, "/opp new \"Omitted deal\" amount:40k close:2026-12-05");
        run(somchai, "/opp edit #4 category:omitted");
        run(somchai, "/opp new \"Won deal\" amount:300k close:2026-12-31 stage:\"in progress\"");
        run(somchai, "/opp won #5");
        run(malee, "/opp new \"Overdue commit\" amount:80k close:2026-10-15");
        run(malee, "/opp edit #6 category:ยืนยันยอด"); // the Thai word for commit
        run(malee, "/opp new \"Next quarter\" amount:120k close:2027-01-20 stage:\"in progress\"");
        run(malee, "/opp new \"Lost deal\" amount:500k close:2026-12-31 stage:\"in progress\"");
        run(malee, "/opp lost #8 price");
        run(admin, "/salesbot quota team 2026-Q4 1m");
        run(admin, "/salesbot quota @U-som 2026-10 100k");
        run(admin, "/salesbot quota @U-som 2026-11 150k");
        run(admin, "/salesbot quota @U-som 2026-12 150k");
        run(admin, "/salesbot quota @U-mal 2026-10 100k");
    }

    @Test
    void theTeamsQuarterInBothLanguages() {
        BotReply.Table table = table(run(admin, "/forecast 2026-Q4"));

        assertThat(cells(table, ENGLISH))
                .containsExactly(List.of(
                        "2026-Q4",
                        "฿430,000",
                        "฿263,000",
                        "฿300,000",
                        "฿280,000",
                        "฿380,000",
                        "฿1,000,000",
                        "30%",
                        "฿700,000",
                        "0.60×"));
        assertThat(cells(table, THAI))
                .containsExactly(List.of(
                        "ไตรมาส 4/2569",
                        "430,000 บาท",
                        "263,000 บาท",
                        "300,000 บาท",
                        "280,000 บาท",
                        "380,000 บาท",
                        "1,000,000 บาท",
                        "30%",
                        "700,000 บาท",
                        "0.60 เท่า"));
        assertThat(text(table.headers().get(4), THAI)).isEqualTo("ยืนยันยอด");
        assertThat(totals.differences(workspaceId())).isEmpty();
    }

    @Test
    void perRepWithTheQuotaOfTheirMonthsOrNone() {
        BotReply.Table table = table(run(admin, "/forecast 2026-Q4 by:rep"));

        assertThat(cells(table, ENGLISH))
                .containsExactly(
                        List.of(
                                "2026-Q4",
                                "malee",
                                "฿80,000",
                                "฿8,000",
                                "฿0",
                                "฿80,000",
                                "฿80,000",
                                "no quota",
                                "–",
                                "–",
                                "–"),
                        List.of(
                                "2026-Q4",
                                "somchai",
                                "฿350,000",
                                "฿255,000",
                                "฿300,000",
                                "฿200,000",
                                "฿300,000",
                                "฿400,000",
                                "75%",
                                "฿100,000",
                                "3.50×"));
        assertThat(cells(table, THAI).get(0).get(7)).isEqualTo("ไม่มีเป้าหมาย");
    }

    @Test
    void byCategoryShowsEachCategoryAndTheOmittedApart() {
        BotReply.Table table = table(run(admin, "/forecast 2026-Q4 by:category"));

        assertThat(cells(table, ENGLISH))
                .containsExactly(
                        List.of("2026-Q4", "Closed", "1", "฿300,000", "฿300,000"),
                        List.of("2026-Q4", "Commit", "2", "฿280,000", "฿188,000"),
                        List.of("2026-Q4", "Best case", "1", "฿100,000", "฿70,000"),
                        List.of("2026-Q4", "Pipeline", "1", "฿50,000", "฿5,000"),
                        List.of("2026-Q4", "Omitted", "1", "฿40,000", "฿4,000"));
        assertThat(cells(table, THAI).get(4).get(1)).isEqualTo("ไม่นับรวม");
        assertThat(text(table.footer().get(0), ENGLISH))
                .isEqualTo("In the forecast: ฿730,000. Omitted, left out: ฿40,000.");
        assertThat(cells(table(run(admin, "/forecast 2026-Q4 by:หมวด")), ENGLISH))
                .isEqualTo(cells(table, ENGLISH));
    }

    @Test
    void aRepsOverrideIsOnTheCardInHistoryAndAutoGoesBack() {
        BotReply.DealCard card = (BotReply.DealCard) run(somchai, "/opp edit #3 category:best-case");
        assertThat(card.deal().progress().categoryExplicit()).isTrue();
        assertThat(card.actions())
                .filteredOn(action -> action.kind() == io.salesbot.reply.CardAction.Kind.CATEGORY)
                .extracting(io.salesbot.reply.CardAction::command)
                .contains("/opp edit #3 category:commit version:" + card.deal().version())
                .contains("/opp edit #3 category:auto version:" + card.deal().version())
                .doesNotContain(
                        "/opp edit #3 category:best-case version:" + card.deal().version());

        BotReply.DealCard back = (BotReply.DealCard) run(somchai, "/opp edit #3 category:auto");
        assertThat(back.deal().progress().categoryExplicit()).isFalse();
        assertThat(back.deal().progress().category()).isEqualTo(io.salesbot.opportunity.ForecastCategory.PIPELINE);

        String english = everything(run(somchai, "/opp history #3"), ENGLISH);
        assertThat(english)
                .contains("forecast category: Pipeline → Best case")
                .contains("forecast category: Best case → Pipeline");
        assertThat(everything(run(somchai, "/opp history #3"), THAI))
                .contains("หมวดการพยากรณ์: ในไปป์ไลน์ → กรณีดีที่สุด");
    }

    @Test
    void onlyTheOwnerOrAManagerChangesADealsCategoryAndOnlyAdminsAStages() {
        assertThat(run(malee, "/opp edit #1 category:commit")).isInstanceOf(BotReply.Error.class);
        assertThat(run(malee, "/salesbot stages category wait commit")).isInstanceOf(BotReply.Error.class);

        run(admin, "/salesbot stages category wait best-case");
        BotReply.Table team = table(run(admin, "/forecast 2026-Q4"));
        assertThat(cells(team, ENGLISH).get(0).get(5))
                .as("best case now holds the Wait deal")
                .isEqualTo("฿430,000");

        run(admin, "/salesbot stages category wait auto");
        assertThat(cells(table(run(admin, "/forecast 2026-Q4")), ENGLISH).get(0).get(5))
                .isEqualTo("฿380,000");
    }

    @Test
    void managersSetQuotasAndEveryoneListsThem() {
        assertThat(run(somchai, "/salesbot quota @U-som 2026-Q4 5m")).isInstanceOf(BotReply.Error.class);

        BotReply.Table listed = table(run(somchai, "/salesbot quota list 2026-10"));
        assertThat(cells(listed, ENGLISH))
                .extracting(row -> row.subList(0, 3))
                .containsExactly(List.of("2026-10", "malee", "฿100,000"), List.of("2026-10", "somchai", "฿100,000"));
        assertThat(cells(listed, THAI).get(0).get(0)).isEqualTo("ต.ค. 2569");

        assertThat(text(((BotReply.Text) run(admin, "/salesbot quota ทีม ไตรมาส 4/2569 2m")).message(), THAI))
                .isEqualTo("เป้าหมายยอดขายของทั้งทีม ในช่วง ไตรมาส 4/2569 คือ 2,000,000 บาท");
        assertThat(cells(table(run(admin, "/forecast 2026-Q4")), ENGLISH).get(0).get(6))
                .isEqualTo("฿2,000,000");
    }

    private Caller caller(String userId, String name, Role role) {
        return new Caller(new Visitor(Platform.CONSOLE, team, "Team", userId, name, role), null);
    }

    private long workspaceId() {
        return jdbc.queryForObject("SELECT id FROM workspace WHERE external_id = ?", Long.class, team);
    }

    private BotReply run(Caller caller, String line) {
        return gateway.handle(caller, line).reply();
    }

    private static BotReply.Table table(BotReply reply) {
        List<BotReply> leaves = new ArrayList<>();
        collect(reply, leaves);
        return leaves.stream()
                .filter(BotReply.Table.class::isInstance)
                .map(BotReply.Table.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table in " + reply));
    }

    private static void collect(BotReply reply, List<BotReply> leaves) {
        if (reply instanceof BotReply.Many many) {
            many.parts().forEach(part -> collect(part, leaves));
        } else {
            leaves.add(reply);
        }
    }

    private List<List<String>> cells(BotReply.Table table, ReplyLocale reader) {
        return table.rows().stream()
                .map(row ->
                        row.stream().map(cell -> localizer.format(cell, reader)).toList())
                .toList();
    }

    private String text(io.salesbot.reply.Message message, ReplyLocale reader) {
        return localizer.text(message, reader);
    }

    private String everything(BotReply reply, ReplyLocale reader) {
        return reply.toString().isEmpty() ? "" : localizer.format(historyText(reply), reader);
    }

    private Object historyText(BotReply reply) {
        List<BotReply> leaves = new ArrayList<>();
        collect(reply, leaves);
        List<Object> texts = new ArrayList<>();
        for (BotReply leaf : leaves) {
            if (leaf instanceof BotReply.Table table) {
                table.rows().forEach(texts::addAll);
            }
        }
        return texts;
    }
}
