package io.salesbot.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.chart.ChartKind;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /pipeline funnel} and {@code /salesbot stages limit} on a small team whose every figure
 * is worked out by hand below, with the clock set for each change. Today is 2026-11-27 (Bangkok);
 * the pipeline is Wait → In progress → Quoted → Closed Won / Closed Lost.
 *
 * <pre>
 * #1 Dormant  Ann  70k  created 06-01 Wait, 06-11 In progress; still open (169 days there)
 * #2 Old win  Bob 200k  created 07-01 Wait, 07-06 In progress, won 10-15 (106 days to close)
 * #3 Alpha    Ann 100k  created 10-01 Wait, 10-11 In progress, 10-21 Quoted, won 10-31 (30 days)
 * #4 Beta     Ann 300k  created 10-05 Wait, 10-25 Quoted (skipped In progress), won 11-14 (40 days)
 * #5 Gamma    Bob  50k  created 10-10 Wait, 10-20 In progress, lost 11-09
 * #6 Delta    Bob  80k  created 11-01 Wait; still open (26 days there)
 * </pre>
 *
 * Q4 2026 (team): the cohort is #2–#6 (created or closed in Q4; #1 is neither): 5. Reached: Wait 5,
 * In progress 4 (#4 skipped it but was won), Quoted 3, Won 3; conversion 80 %, 75 %, 100 %.
 * Finished stays: Wait 5 + 10 + 20 + 10 = 45 / 4 = 11.25 → 11.3 days; In progress 101 + 10 + 20
 * = 131 / 3 = 43.67 → 43.7; Quoted 10 + 20 = 30 / 2 = 15. Closed in Q4: 3 won of 4, win rate
 * 75 %; average won 600k / 3 = 200k; days to close (106 + 30 + 40) / 3 = 58.67 → 58.7. Open now:
 * #1 and #6. Velocity 2 × 200,000 × 0.75 ÷ 58.667 = 5,113.64 per day. With limits Wait 14 and
 * In progress 30 days, stuck: #1 (169 days) then #6 (26 days).
 *
 * <p>Bob's Q4: cohort #2, #5, #6 = 3; reached Wait 3, In progress 2, Quoted 1, Won 1 (67 %, 50 %,
 * 100 %); win rate 1 of 2 = 50 %; average won 200k in 106 days; open 1 (#6); velocity 1 ×
 * 200,000 × 0.5 ÷ 106 = 943.40 per day; stuck #6 only.
 */
class FunnelIntegrationTests extends IntegrationTestBase {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final ReplyLocale ENGLISH = ReplyLocale.of("en", BANGKOK);
    static final ReplyLocale THAI = ReplyLocale.of("th", BANGKOK);

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    @Autowired
    FunnelService funnels;

    @Autowired
    io.salesbot.workspace.WorkspaceService workspaces;

    Caller ann;
    Caller bob;

    @BeforeEach
    void team() {
        String team = "T-" + UUID.randomUUID();
        ann = new Caller(new Visitor(Platform.CONSOLE, team, "Team", "U-ann", "Ann", Role.ADMIN), null);
        bob = new Caller(new Visitor(Platform.CONSOLE, team, "Team", "U-bob", "Bob", Role.REP), null);
        run(ann, "/salesbot stages add Quoted prob:70 after:\"in progress\"");
        run(bob, "/pipeline"); // Bob joins the workspace
        at("2026-06-01", ann, "/opp new Dormant amount:70000");
        at("2026-06-11", ann, "/opp stage #1 in progress");
        at("2026-07-01", bob, "/opp new Old win amount:200000");
        at("2026-07-06", bob, "/opp stage #2 in progress");
        at("2026-10-01", ann, "/opp new Alpha amount:100000");
        at("2026-10-05", ann, "/opp new Beta amount:300000");
        at("2026-10-10", bob, "/opp new Gamma amount:50000");
        at("2026-10-11", ann, "/opp stage #3 in progress");
        at("2026-10-15", bob, "/opp won #2");
        at("2026-10-20", bob, "/opp stage #5 in progress");
        at("2026-10-21", ann, "/opp stage #3 quoted");
        at("2026-10-25", ann, "/opp stage #4 quoted");
        at("2026-10-31", ann, "/opp won #3");
        at("2026-11-01", bob, "/opp new Delta amount:80000");
        at("2026-11-09", bob, "/opp lost #5 price too high");
        at("2026-11-14", ann, "/opp won #4");
        clock.reset(); // 2026-11-27 10:00 in Bangkok
    }

    @Test
    void theTeamsQuarterMatchesTheFiguresWorkedOutByHand() {
        run(ann, "/salesbot stages limit wait 14");
        run(ann, "/salesbot stages limit in progress 30");

        List<BotReply> parts = parts(ann, "/pipeline funnel 2026-Q4");

        BotReply.Table table = (BotReply.Table) parts.get(0);
        assertThat(text(table.title(), ENGLISH)).isEqualTo("Funnel 2026-Q4");
        assertThat(cells(table, ENGLISH))
                .containsExactly(
                        List.of("Wait", "5", "80%", "11.30", "14 days"),
                        List.of("In progress", "4", "75%", "43.70", "30 days"),
                        List.of("Quoted", "3", "100%", "15", "–"),
                        List.of("Closed Won", "3", "–", "–", "–"));
        assertThat(footer(table, ENGLISH))
                .containsExactly(
                        "Deals created or closed 1 Oct 2026 – 31 Dec 2026: 5.",
                        "Win rate 75%: 3 won of 4 closed in this period.",
                        "Average won deal ฿200,000; 58.70 days from creation to close on average.",
                        "Velocity: 2 open deals × ฿200,000 × 75% ÷ 58.70 days = ฿5,113.64 per day.",
                        "Stuck longer than their stage's limit (2): #1 Dormant (In progress, 169 days, limit 30),"
                                + " #6 Delta (Wait, 26 days, limit 14)",
                        "A deal that skipped a stage counts as having reached it; time in stage averages finished"
                                + " stays; open and stuck deals are today's.");

        BotReply.Chart chart = (BotReply.Chart) parts.get(1);
        assertThat(chart.kind()).isEqualTo(ChartKind.FUNNEL);
        assertThat(chart.title()).isEqualTo(table.title());
        assertThat(chart.categories())
                .extracting(c -> localizer.format(c, ENGLISH))
                .containsExactly("Wait", "In progress", "Quoted", "Closed Won");
        assertThat(chart.series())
                .singleElement()
                .satisfies(series -> assertThat(series.values())
                        .containsExactly(
                                BigDecimal.valueOf(5),
                                BigDecimal.valueOf(4),
                                BigDecimal.valueOf(3),
                                BigDecimal.valueOf(3)));
    }

    @Test
    void theSameFiguresReadInThai() {
        run(ann, "/salesbot stages limit wait 14");
        run(ann, "/salesbot stages limit in progress 30");

        BotReply.Table table =
                (BotReply.Table) parts(ann, "/pipeline funnel ไตรมาส 4/2569").get(0);

        assertThat(text(table.title(), THAI)).isEqualTo("กรวยการขาย ไตรมาส 4/2569");
        assertThat(cells(table, THAI))
                .containsExactly(
                        List.of("รอดำเนินการ", "5", "80%", "11.30", "14 วัน"),
                        List.of("ระหว่างดำเนินการ", "4", "75%", "43.70", "30 วัน"),
                        List.of("Quoted", "3", "100%", "15", "–"),
                        List.of("ปิดการขายได้", "3", "–", "–", "–"));
        List<String> footer = footer(table, THAI);
        assertThat(footer.get(0))
                .startsWith("โอกาสการขายที่สร้างหรือปิดระหว่าง ")
                .endsWith(": 5 รายการ");
        assertThat(footer.subList(1, 5))
                .containsExactly(
                        "อัตราการปิดการขายได้ 75%: ปิดการขายได้ 3 จาก 4 รายการที่ปิดในช่วงเวลานี้",
                        "มูลค่าเฉลี่ยของโอกาสการขายที่ปิดได้ 200,000 บาท ใช้เวลาเฉลี่ย 58.70 วันตั้งแต่สร้างจนปิดการขาย",
                        "ความเร็วของไปป์ไลน์: 2 รายการที่ยังเปิดอยู่ × 200,000 บาท × 75% ÷ 58.70 วัน = 5,113.64 บาท ต่อวัน",
                        "ค้างอยู่ในสถานะนานเกินกำหนด (2 รายการ): #1 Dormant (ระหว่างดำเนินการ 169 วัน กำหนด 30 วัน),"
                                + " #6 Delta (รอดำเนินการ 26 วัน กำหนด 14 วัน)");
        BotReply.Chart chart =
                (BotReply.Chart) parts(ann, "/pipeline funnel ไตรมาส 4/2569").get(1);
        assertThat(chart.categories())
                .extracting(c -> localizer.format(c, THAI))
                .containsExactly("รอดำเนินการ", "ระหว่างดำเนินการ", "Quoted", "ปิดการขายได้");
    }

    @Test
    void aRepSeesTheirOwnFunnelAndTheTeamsButNotAColleagues() {
        run(ann, "/salesbot stages limit wait 14");
        run(ann, "/salesbot stages limit in progress 30");

        BotReply.Table mine =
                (BotReply.Table) parts(bob, "/pipeline funnel mine 2026-Q4").get(0);

        assertThat(text(mine.title(), ENGLISH)).isEqualTo("Funnel of Bob, 2026-Q4");
        assertThat(cells(mine, ENGLISH))
                .extracting(row -> row.subList(0, 3))
                .containsExactly(
                        List.of("Wait", "3", "66.70%"),
                        List.of("In progress", "2", "50%"),
                        List.of("Quoted", "1", "100%"),
                        List.of("Closed Won", "1", "–"));
        assertThat(footer(mine, ENGLISH))
                .contains(
                        "Win rate 50%: 1 won of 2 closed in this period.",
                        "Average won deal ฿200,000; 106 days from creation to close on average.",
                        "Velocity: 1 open deals × ฿200,000 × 50% ÷ 106 days = ฿943.40 per day.",
                        "Stuck longer than their stage's limit (1): #6 Delta (Wait, 26 days, limit 14)");

        assertThat(run(bob, "/pipeline funnel 2026-Q4")).isNotInstanceOf(BotReply.Error.class);
        BotReply refused = run(bob, "/pipeline funnel @U-ann 2026-Q4");
        assertThat(refused).isInstanceOf(BotReply.Error.class);
        assertThat(text(((BotReply.Error) refused).message(), ENGLISH)).contains("manager");

        BotReply.Table bobsByAnn =
                (BotReply.Table) parts(ann, "/pipeline funnel 2026-Q4 @U-bob").get(0);
        assertThat(text(bobsByAnn.title(), ENGLISH)).isEqualTo("Funnel of Bob, 2026-Q4");
        assertThat(cells(bobsByAnn, ENGLISH)).isEqualTo(cells(mine, ENGLISH));
    }

    @Test
    void aStageRenamedSinceKeepsItsDealsAndTheirStays() {
        at("2026-11-20", ann, "/salesbot stages rename quoted name:Proposal");
        clock.reset();

        assertThat(cells((BotReply.Table) parts(ann, "/pipeline funnel 2026-Q4").get(0), ENGLISH))
                .containsExactly(
                        List.of("Wait", "5", "80%", "11.30", "–"),
                        List.of("In progress", "4", "75%", "43.70", "–"),
                        List.of("Proposal", "3", "100%", "15", "–"),
                        List.of("Closed Won", "3", "–", "–", "–"));
    }

    @Test
    void theLongestStuckComeFirstTiesByNumberAndADealWithoutAStageDateCountsFromItsCreation() {
        for (int i = 0; i < 12; i++) {
            at(
                    "2026-08-01",
                    ann,
                    "/opp new Batch " + i + " amount:1000"); // #7 to #18, all in Wait since the same instant
        }
        jdbc.update(
                "UPDATE opportunity o JOIN workspace w ON w.id = o.workspace_id SET o.stage_entered_at = NULL,"
                        + " o.created_at = '2026-07-01 03:00:00' WHERE w.external_id = ? AND o.number = 18",
                ann.visitor().workspaceExternalId());
        clock.reset();
        run(ann, "/salesbot stages limit wait 14");

        Funnel funnel = funnels.funnel(
                workspaces.enter(ann.visitor()),
                "2026-Q4",
                java.time.LocalDate.of(2026, 10, 1),
                java.time.LocalDate.of(2026, 12, 31),
                null);

        // #18 written by hand without a stage date: in Wait since its creation, 07-01, the longest.
        assertThat(funnel.stuck()).extracting(StuckDeal::number).containsExactly(18, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(funnel.stuck().get(0).daysInStage()).isEqualTo(149);
        assertThat(funnel.stuckTotal()).as("#7 to #18 and #6").isEqualTo(13);
    }

    @Test
    void aPeriodWithNothingIsOneSentence() {
        List<BotReply> parts = parts(ann, "/pipeline funnel 2025-Q1");

        assertThat(parts).singleElement().isInstanceOf(BotReply.Text.class);
        assertThat(text(((BotReply.Text) parts.get(0)).message(), ENGLISH))
                .isEqualTo("Funnel 2025-Q1: no deal was created or closed in this period, and none is stuck.");
    }

    @Test
    void withoutLimitsNothingIsStuckAndTheDefaultPeriodIsThisQuarter() {
        BotReply.Table table = (BotReply.Table) parts(ann, "/pipeline funnel").get(0);

        assertThat(text(table.title(), ENGLISH)).isEqualTo("Funnel 2026-Q4");
        assertThat(footer(table, ENGLISH)).noneMatch(line -> line.startsWith("Stuck"));
        assertThat(cells(table, ENGLISH)).extracting(row -> row.get(4)).containsOnly("–");
    }

    @Test
    void adminsSetAStagesLimitAndTheStagesListShowsIt() {
        BotReply.Table stages = (BotReply.Table) run(ann, "/salesbot stages limit in progress 30");
        assertThat(cells(stages, ENGLISH))
                .extracting(row -> row.get(1) + " " + row.get(5))
                .containsExactly("Wait –", "In progress 30 days", "Quoted –", "Closed Won –", "Closed Lost –");

        run(ann, "/salesbot stages limit wait days:1");
        assertThat(cells((BotReply.Table) run(ann, "/salesbot stages"), ENGLISH))
                .extracting(row -> row.get(5))
                .containsExactly("1 day", "30 days", "–", "–", "–");
        run(ann, "/salesbot stages limit in progress none");
        run(ann, "/salesbot stages จำกัดวัน wait ไม่มี");
        assertThat(cells((BotReply.Table) run(ann, "/salesbot stages"), ENGLISH))
                .extracting(row -> row.get(5))
                .containsOnly("–");

        assertThat(error(bob, "/salesbot stages limit wait 30")).contains("admin");
        assertThat(error(ann, "/salesbot stages limit closed won 30")).contains("closes deals");
        assertThat(error(ann, "/salesbot stages limit wait")).contains("how many days");
        assertThat(error(ann, "/salesbot stages limit wait 4000"))
                .isEqualTo("4,000 days is outside 0 to 3,650 (0 removes the limit).");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM stage s JOIN workspace w ON w.id = s.workspace_id"
                                + " WHERE w.external_id = ? AND s.stuck_after_days IS NOT NULL",
                        Long.class,
                        ann.visitor().workspaceExternalId()))
                .isZero();
    }

    @Test
    void staleAlertsReadAStagesLimitWhereThereIsOne() {
        // No limits: stale is untouched for 14 days, #1 (since 06-11) and #6 (since 11-01).
        assertThat(staleLine()).isEqualTo("Stale (2, untouched for 14 days): #1 Dormant, #6 Delta");

        // Wait may last 30 days: #6 (26 days in Wait) is no longer stale; #1's stage has no limit.
        run(ann, "/salesbot stages limit wait 30");
        assertThat(staleLine())
                .isEqualTo("Stale (1: untouched for 14 days, or longer in their stage than its limit): #1 Dormant");

        // In progress may last 200 days: #1 (169 days there) is not stale, untouched as it is.
        run(ann, "/salesbot stages limit in progress 200");
        assertThat(staleLine()).isNull();

        // Wait may last 20 days: #6 is stuck again, and listed by how long it is over.
        run(ann, "/salesbot stages limit wait 20");
        assertThat(staleLine())
                .isEqualTo("Stale (1: untouched for 14 days, or longer in their stage than its limit): #6 Delta");
    }

    private String staleLine() {
        BotReply.Table pipeline = (BotReply.Table) parts(ann, "/pipeline").get(0);
        return footer(pipeline, ENGLISH).stream()
                .filter(line -> line.startsWith("Stale"))
                .findFirst()
                .orElse(null);
    }

    private void at(String day, Caller caller, String line) {
        clock.set(Instant.parse(day + "T03:00:00Z"));
        BotReply reply = run(caller, line);
        assertThat(reply).as(line).isNotInstanceOf(BotReply.Error.class);
    }

    private BotReply run(Caller caller, String line) {
        return gateway.handle(caller, line).reply();
    }

    private String error(Caller caller, String line) {
        BotReply reply = run(caller, line);
        assertThat(reply).as(line).isInstanceOf(BotReply.Error.class);
        return text(((BotReply.Error) reply).message(), ENGLISH);
    }

    private List<BotReply> parts(Caller caller, String line) {
        List<BotReply> leaves = new ArrayList<>();
        collect(run(caller, line), leaves);
        return leaves;
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

    private List<String> footer(BotReply.Table table, ReplyLocale reader) {
        return table.footer().stream().map(line -> text(line, reader)).toList();
    }

    private String text(Message message, ReplyLocale reader) {
        return localizer.text(message, reader);
    }
}
