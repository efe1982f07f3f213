package io.salesbot.app.console;

import static io.salesbot.app.console.ConsoleFixtures.ENGLISH;
import static io.salesbot.app.console.ConsoleFixtures.IN_PROGRESS;
import static io.salesbot.app.console.ConsoleFixtures.THAI;
import static io.salesbot.app.console.ConsoleFixtures.WAIT;
import static io.salesbot.app.console.ConsoleFixtures.WON;
import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.opportunity.DealSummary;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.FormField;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Percent;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleRendererTests {

    final Localizer localizer = ConsoleFixtures.localizer();
    // No chart here (see ChartTextTests), so charts would have nowhere to go.
    final ConsoleRenderer renderer = new ConsoleRenderer(localizer, null, null);

    @Test
    void rendersThaiTablesAlignedByDisplayWidth() {
        // given a pipeline table with Thai stage names, counts and amounts
        BotReply.Table table = new BotReply.Table(
                Message.of("pipeline.title"),
                List.of(Message.of("card.stage"), Message.of("card.line.quantity"), Message.of("card.amount")),
                List.of(
                        List.of(WAIT, 3, thb("1200000")),
                        List.of(IN_PROGRESS, 12, thb("45000")),
                        List.of(WON, 1, thb("900")),
                        List.of("ที่ดิน 🏠", 100, thb("12345678.5"))),
                List.of(Message.of("pipeline.footer")),
                Visibility.CHANNEL);

        // when it is rendered for a Thai reader
        List<String> lines = renderer.render(table, THAI).lines().toList();

        // then every line of the table (header, rule, rows) ends in the same terminal column,
        // though the lines hold different numbers of characters
        List<String> body = lines.subList(1, 7);
        assertThat(lines.get(0)).isEqualTo("pipeline.title");
        assertThat(body.get(0)).startsWith("สถานะ");
        assertThat(body).extracting(DisplayWidth::of).containsOnly(DisplayWidth.of(body.get(1)));
        assertThat(body.stream().map(String::length).distinct().count()).isGreaterThan(1);
        // and the count column, right-aligned, ends in one column too
        assertThat(List.of(endOf(body.get(2), "3"), endOf(body.get(3), "12"), endOf(body.get(5), "100")))
                .containsOnly(endOf(body.get(2), "3"));
        assertThat(body.get(2)).endsWith("1,200,000 บาท");
        assertThat(body.get(5)).endsWith("12,345,678.50 บาท");
        assertThat(lines.get(7)).isEqualTo("pipeline.footer");
    }

    @Test
    void rightAlignsNumbersAndAmountsAndLeftAlignsText() {
        // given
        BotReply.Table table = new BotReply.Table(
                Message.of("t"),
                List.of(Message.of("card.owner"), Message.of("card.probability"), Message.of("card.line.total")),
                List.of(List.of("Somchai", Percent.of(5), thb("900")), List.of("Ann", Percent.of(100), thb("1200000"))),
                List.of(),
                Visibility.PRIVATE);

        // when
        List<String> lines = renderer.render(table, ENGLISH).lines().toList();

        // then
        assertThat(lines)
                .containsExactly(
                        "t",
                        "Owner    Probability       Total",
                        "-------  -----------  ----------",
                        "Somchai           5%        ฿900",
                        "Ann             100%  ฿1,200,000");
    }

    @Test
    void rendersTheDealCardWithEveryFieldItsProductsAndTheCommandsToType() {
        // given
        BotReply.DealCard card = new BotReply.DealCard(
                Message.of("deal.created.headline"),
                ConsoleFixtures.deal(),
                List.of(
                        new CardAction(
                                CardAction.Kind.NEXT_STAGE, Message.of("card.stage"), "/opp stage #42 won version:3"),
                        new CardAction(CardAction.Kind.LOST, Message.of("card.lostReason"), "/opp lost #42 version:3")),
                Visibility.PRIVATE);

        // when
        String text = renderer.render(card, ENGLISH);

        // then
        assertThat(text)
                .startsWith("deal.created.headline\n")
                .contains("Deal               #42 ระบบ ERP 🎉")
                .contains("Customer           บริษัท เอ จำกัด")
                .contains("Stage              In progress")
                .contains("Estimated revenue  ฿1,200,000 (from the products)")
                .contains("Probability        50% (stage default)")
                .contains("Expected revenue   ฿600,000")
                .contains("Close date         31 Dec 2026")
                .contains("Owner              Somchai")
                .contains("Type               New customer")
                .contains("Campaign           Expo 2026")
                .contains("Lead source        Referral")
                .contains("Original lead      L-5")
                .doesNotContain("Lost because  ");
        assertThat(text)
                .contains("Products\n"
                        + "  #  Product            Qty  Unit price  Discount     Total  Note\n"
                        + "  -  -----------------  ---  ----------  --------  --------  ---------\n"
                        + "  1  ERP licence         10    ฿100,000       10%  ฿900,000  ผู้ใช้ 10 คน\n"
                        // an unset note is a dash, like every unset value in a table (LineItemFacts)
                        + "  2  Training (add-on)    1    ฿300,000        0%  ฿300,000  –\n");
        assertThat(text)
                .endsWith("Next steps (type one):\n"
                        + "  /opp stage #42 won version:3  Stage\n"
                        + "  /opp lost #42 version:3       Lost because");
    }

    @Test
    void rendersTheDealCardInThaiWithBuddhistEraDates() {
        // given
        BotReply.DealCard card =
                new BotReply.DealCard(Message.of("h"), ConsoleFixtures.deal(), List.of(), Visibility.PRIVATE);

        // when
        String text = renderer.render(card, THAI);

        // then the values start in one terminal column although the Thai labels carry combining marks
        List<String> lines = text.lines().toList();
        assertThat(List.of(
                        valueColumn(lines, "สถานะการขาย", "กำลังดำเนินการ"),
                        valueColumn(lines, "วันที่คาดว่าจะปิดการขาย", "31 ธ.ค. 2569"),
                        valueColumn(lines, "ลูกค้า", "บริษัท เอ จำกัด"),
                        valueColumn(lines, "โอกาสปิดการขาย", "50% (ค่าเริ่มต้นของสถานะ)"),
                        valueColumn(lines, "รายได้ประมาณการ", "1,200,000 บาท (คำนวณจากรายการสินค้า)")))
                .containsOnly(valueColumn(lines, "โอกาสการขาย", "#42 ระบบ ERP 🎉"));
    }

    @Test
    void aPromptsButtonsAreTheCommandsToTypeBesideWhatTheyDoInTheReadersLanguage() {
        BotReply.Prompt prompt = new BotReply.Prompt(
                Message.of(
                        "notify.task",
                        "T-3",
                        "โทรหาลูกค้า",
                        Message.of("notify.task.today"),
                        Message.of("notify.task.noDeal")),
                List.of(
                        new CardAction(CardAction.Kind.DONE, Message.of("action.task.done"), "/task done T-3"),
                        new CardAction(CardAction.Kind.SNOOZE, Message.of("action.task.day"), "/task snooze T-3 1d")),
                Visibility.PRIVATE);

        assertThat(renderer.render(prompt, THAI))
                .isEqualTo("งาน T-3 ถึงกำหนด วันนี้: โทรหาลูกค้า\n"
                        + "  /task done T-3       เสร็จแล้ว\n"
                        + "  /task snooze T-3 1d  เลื่อน 1 วัน");
        assertThat(renderer.render(prompt, ENGLISH)).contains("/task done T-3       Done");
    }

    @Test
    void marksErrorsAndListsTheSuggestions() {
        // given
        BotReply.Error error = new BotReply.Error(
                Message.of("error.date.invalid", "31/13/2026"),
                "close",
                List.of(Message.of("#41 Acme ERP"), Message.of("#42 Acme CRM")));

        // when
        String text = renderer.render(error, ENGLISH);

        // then
        assertThat(text)
                .isEqualTo("Error: `31/13/2026` isn't a date I can read. Try `2026-12-31`, `31/12/2569`,"
                        + " `tomorrow`, `eom` or `Q4`.\n"
                        + "Did you mean:\n"
                        + "  - #41 Acme ERP\n"
                        + "  - #42 Acme CRM");
        assertThat(renderer.render(BotReply.Error.of(Message.of("error.amount.negative", "-5")), THAI))
                .startsWith("ผิดพลาด: ยอดเงิน `-5` ติดลบ");
    }

    @Test
    void rendersDealListsWithTheirPageAndTheCommandForTheNextPage() {
        // given
        BotReply.DealList list = new BotReply.DealList(
                Message.of("list.title"),
                List.of(
                        new DealSummary(
                                42,
                                "ระบบ ERP",
                                "บริษัท เอ",
                                IN_PROGRESS,
                                new BigDecimal("1200000"),
                                50,
                                LocalDate.of(2026, 12, 31),
                                "Somchai"),
                        new DealSummary(7, "CRM", null, WAIT, new BigDecimal("90000"), 10, null, "Ann")),
                1,
                3,
                21,
                "/opp list all page:2",
                Visibility.PRIVATE);

        // when
        List<String> lines = renderer.render(list, ENGLISH).lines().toList();

        // then
        assertThat(lines)
                .containsExactly(
                        "list.title",
                        "Page 1 of 3, 21 deals",
                        "  #  Name      Customer  Stage        Estimated revenue  Probability  Close date   Owner    Next step",
                        "---  --------  --------  -----------  -----------------  -----------  -----------  -------  ---------",
                        // "บริษัท เอ" is 9 characters but 7 columns: two of its characters are combining marks.
                        "#42  ระบบ ERP  บริษัท เอ   In progress          1,200,000          50%  31 Dec 2026  Somchai  –",
                        " #7  CRM       –         Wait                    90,000          10%  –            Ann      –",
                        "Next page: /opp list all page:2");
    }

    @Test
    void describesAFormAsTheCommandToTypeWhenNobodyCanFillItIn() {
        // given the form "/opp new" opens with no arguments
        BotReply.Form form = new BotReply.Form(
                "opp-new",
                Message.of("form.title"),
                "/opp new",
                List.of(
                        FormField.text("name", Message.of("card.name"), true, null),
                        new FormField(
                                "amount", Message.of("card.amount"), FormField.Type.AMOUNT, false, null, List.of()),
                        new FormField(
                                "stage",
                                Message.of("card.stage"),
                                FormField.Type.CHOICE,
                                true,
                                "wait",
                                List.of(
                                        new FormField.Choice("wait", WAIT),
                                        new FormField.Choice("inprogress", IN_PROGRESS)))),
                Map.of("channel", "console"));

        // when
        String text = renderer.render(form, ENGLISH);

        // then
        assertThat(text)
                .isEqualTo("form.title\n"
                        + "In chat this opens a form; here, type the command with its options on one line:\n"
                        + "  /opp new channel:console name:… stage:wait\n"
                        + "Options (* = required):\n"
                        + "  name:    Name *\n"
                        + "  amount:  Estimated revenue — e.g. 1,200,000, 1.2m or 500k\n"
                        + "  stage:   Stage * [Wait] — Wait, In progress (inprogress)");
    }

    @Test
    void rendersSeveralPartsOneAfterTheOther() {
        // given
        BotReply.Many many = new BotReply.Many(
                List.of(
                        new BotReply.Text(Message.of("console.bye"), Visibility.PRIVATE),
                        new BotReply.Text(Message.of("console.bye"), Visibility.PRIVATE)),
                Visibility.PRIVATE);

        // then
        assertThat(renderer.render(many, THAI)).isEqualTo("แล้วพบกันใหม่!\n\nแล้วพบกันใหม่!");
    }

    private static Money thb(String amount) {
        return new Money(new BigDecimal(amount), "THB");
    }

    /** The display column where {@code value} starts on the line of the field {@code label}. */
    private static int valueColumn(List<String> lines, String label, String value) {
        String line = lines.stream()
                .filter(l -> l.startsWith("  " + label + " ") && l.endsWith(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError(label + " " + value + " not in " + lines));
        return DisplayWidth.of(line.substring(0, line.length() - value.length()));
    }

    /** The display column where {@code cell} ends in {@code line}. */
    private static int endOf(String line, String cell) {
        int index = line.indexOf("  " + cell + "  ") + 2 + cell.length();
        return DisplayWidth.of(line.substring(0, index));
    }
}
