package io.salesbot.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.DealCardField;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /forecast changes} on a small team whose every figure was worked out by hand, in English
 * and Thai, and slippage where people see it: the card, {@code /pipeline}, the slip rate.
 */
class ForecastChangesIntegrationTests extends IntegrationTestBase {

    static final ReplyLocale ENGLISH = ReplyLocale.of("en", ZoneId.of("Asia/Bangkok"));
    static final ReplyLocale THAI = ReplyLocale.of("th", ZoneId.of("Asia/Bangkok"));

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    Caller admin;

    @BeforeEach
    void team() {
        admin = new Caller(
                new Visitor(Platform.CONSOLE, "ws-" + UUID.randomUUID(), "Team", "admin", "Ann", Role.ADMIN), null);
    }

    /**
     * On 27 Nov (the test clock's start) the Q4 forecast holds A 100k, B 200k, C 300k, E 50k, F 70k
     * and G 80k = 800k; D (400k) closes in Q1. Two days later: A up 50k, B down 80k, C pushed to
     * January (−300k), D pulled into December (+400k), E lost (−50k), F won (−70k), H new (+60k),
     * I new but in Q1 (no bar), G untouched. Now: 150 + 120 + 400 + 60 + 80 = 810k
     * = 800 + 60 + 400 + 50 − 80 − 300 − 50 − 70.
     */
    @Test
    void aWaterfallOfAQuarterMatchesTheFiguresWorkedOutByHand() {
        run("/opp new A amount:100000 close:2026-12-10");
        run("/opp new B amount:200000 close:2026-12-15");
        run("/opp new C amount:300000 close:2026-12-20");
        run("/opp new D amount:400000 close:2027-02-01");
        run("/opp new E amount:50000 close:2026-12-01");
        run("/opp new F amount:70000 close:2026-12-05");
        run("/opp new G amount:80000 close:2026-12-30");
        clock.advance(Duration.ofDays(2));
        run("/opp edit #1 amount:150000");
        run("/opp edit #2 amount:120000");
        run("/opp edit #3 close:2027-01-15");
        run("/opp edit #4 close:2026-12-20");
        run("/opp lost #5 budget");
        run("/opp won #6");
        run("/opp new H amount:60000 close:2026-12-31");
        run("/opp new I amount:90000 close:2027-03-01");

        List<String> english = lines("/forecast changes 2026-Q4 since:2026-11-28", ENGLISH);
        List<String> thai = lines("/forecast changes 2026-Q4 since:2026-11-28", THAI);

        assertThat(english)
                .startsWith(
                        "How the open forecast 2026-Q4 moved since 28 Nov 2026",
                        "Forecast on 28 Nov 2026 |  | ฿800,000",
                        "+ New deals | 1 | ฿60,000",
                        "+ Pulled into the period | 1 | ฿400,000",
                        "+ Amount up | 1 | ฿50,000",
                        "− Amount down | 1 | ฿80,000",
                        "− Pushed out | 1 | ฿300,000",
                        "− Lost | 1 | ฿50,000",
                        "− Moved to won | 1 | ฿70,000",
                        "Forecast now |  | ฿810,000",
                        "+ New deals: #8 H (฿60,000)",
                        "+ Pulled into the period: #4 D (฿400,000)",
                        "+ Amount up: #1 A (฿50,000)",
                        "− Amount down: #2 B (฿80,000)",
                        "− Pushed out: #3 C (฿300,000)",
                        "− Lost: #5 E (฿50,000)",
                        "− Moved to won: #6 F (฿70,000)")
                .contains("chart WATERFALL [Then, + New deals, + Pulled into the period, + Amount up, − Amount down,"
                        + " − Pushed out, − Lost, − Moved to won, Now] [800000.00, 60000.00, 400000.00, 50000.00,"
                        + " -80000.00, -300000.00, -50000.00, -70000.00, 810000.00]");
        assertThat(thai)
                .startsWith(
                        "ยอดคาดการณ์ที่ยังเปิดอยู่ ไตรมาส 4/2569 เปลี่ยนไปอย่างไรนับจาก 28 พ.ย. 2569",
                        "ยอดคาดการณ์ ณ 28 พ.ย. 2569 |  | 800,000 บาท",
                        "+ โอกาสการขายใหม่ | 1 | 60,000 บาท",
                        "+ ดึงเข้ามาในช่วงนี้ | 1 | 400,000 บาท",
                        "+ ยอดเพิ่มขึ้น | 1 | 50,000 บาท",
                        "− ยอดลดลง | 1 | 80,000 บาท",
                        "− เลื่อนออกไป | 1 | 300,000 บาท",
                        "− ปิดการขายไม่ได้ | 1 | 50,000 บาท",
                        "− ย้ายไปปิดการขายได้ | 1 | 70,000 บาท",
                        "ยอดคาดการณ์ปัจจุบัน |  | 810,000 บาท",
                        "+ โอกาสการขายใหม่: #8 H (60,000 บาท)");
        // Since last week (the default) holds every change above and the creation of all nine deals:
        // everything in Q4 now is new, nothing was there before.
        assertThat(lines("/forecast changes 2026-Q4", ENGLISH))
                .contains(
                        "Forecast on 22 Nov 2026 |  | ฿0", "+ New deals | 5 | ฿810,000", "Forecast now |  | ฿810,000");
    }

    /**
     * S is pushed out three times (and pulled in once, which is no slip), T never: the card says
     * "pushed out 3 times", /pipeline names S, and one of the two Q4 deals slipped: 50 %.
     */
    @Test
    void slippageIsCountedOnTheCardInThePipelineAndAsARatePerRep() {
        run("/opp new S amount:100000 close:2026-12-01");
        run("/opp new T amount:20000 close:2026-12-05");
        run("/opp edit #1 close:2026-12-10");
        run("/opp edit #1 close:2026-12-20");
        run("/opp edit #1 close:2026-12-15");
        run("/opp edit #1 close:2026-12-28");

        BotReply.DealCard card = (BotReply.DealCard) run("/opp show #1");
        DealCardField close = DealCardField.of(card.deal()).stream()
                .filter(field -> field.label().key().equals("card.close"))
                .findFirst()
                .orElseThrow();
        assertThat(localizer.text(close.note(), ENGLISH)).isEqualTo("pushed out 3 times");
        assertThat(localizer.text(close.note(), THAI)).isEqualTo("เลื่อนวันปิดการขายออกไปแล้ว 3 ครั้ง");
        BotReply.DealCard other = (BotReply.DealCard) run("/opp show #2");
        assertThat(DealCardField.of(other.deal()).stream()
                        .filter(field -> field.label().key().equals("card.close"))
                        .findFirst()
                        .orElseThrow()
                        .note())
                .isNull();

        assertThat(lines("/pipeline", ENGLISH)).contains("Pushed out 3 times or more (1): #1 S");
        assertThat(lines("/pipeline", THAI)).contains("เลื่อนวันปิดการขายออกไปตั้งแต่ 3 ครั้งขึ้นไป (1 รายการ): #1 S");

        List<String> english = lines("/forecast changes 2026-Q4 by:rep", ENGLISH);
        assertThat(english)
                .contains(
                        "Slip rate 2026-Q4: 1 of 2 deals closing in the period were pushed out at least once (50%).",
                        "Slip rate per rep, 2026-Q4", "Ann | 2 | 1 | 50%");
        assertThat(lines("/forecast changes 2026-Q4 by:rep", THAI))
                .contains(
                        "อัตราการเลื่อนวันปิดการขาย ไตรมาส 4/2569: โอกาสการขายที่คาดว่าจะปิดในช่วงนี้ 2 รายการ"
                                + " ถูกเลื่อนออกไปอย่างน้อยหนึ่งครั้ง 1 รายการ (50%)",
                        "Ann | 2 | 1 | 50%");
    }

    private List<String> lines(String line, ReplyLocale reader) {
        List<String> lines = new ArrayList<>();
        List<BotReply> parts = new ArrayList<>();
        collect(run(line), parts);
        for (BotReply part : parts) {
            if (part instanceof BotReply.Table table) {
                lines.add(localizer.text(table.title(), reader));
                table.rows()
                        .forEach(row -> lines.add(row.stream()
                                .map(cell -> cell == null ? "" : localizer.format(cell, reader))
                                .collect(Collectors.joining(" | "))));
                table.footer().forEach(note -> lines.add(localizer.text(note, reader)));
            } else if (part instanceof BotReply.Text text) {
                lines.add(localizer.text(text.message(), reader));
            } else if (part instanceof BotReply.Chart chart) {
                lines.add("chart " + chart.kind() + " "
                        + chart.categories().stream()
                                .map(c -> localizer.format(c, reader))
                                .toList() + " "
                        + chart.series().get(0).values());
            } else if (part instanceof BotReply.DealCard card) {
                lines.add(card.toString());
            }
        }
        return lines;
    }

    private static void collect(BotReply reply, List<BotReply> leaves) {
        if (reply instanceof BotReply.Many many) {
            many.parts().forEach(part -> collect(part, leaves));
        } else {
            leaves.add(reply);
        }
    }

    private BotReply run(String line) {
        BotReply reply = gateway.handle(admin, line).reply();
        assertThat(reply).as(line).isNotInstanceOf(BotReply.Error.class);
        return reply;
    }
}
