package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.DealCardField;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deal behaves as people expect, read through the replies people get, in both languages: closing
 * says what it did to the close date, reopening gives the date back, a date already past is
 * warned about, a typed amount says it holds over the products, history reads like the card.
 * The test clock's today is 27 Nov 2026.
 */
class DealRulesIntegrationTests extends IntegrationTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    Caller manager;

    @BeforeEach
    void team() {
        manager = new Caller(
                new Visitor(Platform.SLACK, "T-" + UUID.randomUUID(), "Team", "U-m", "Malee", Role.ADMIN), null);
    }

    BotReply run(String line) {
        return gateway.handle(manager, line).reply();
    }

    ReplyLocale reader() {
        return gateway.handle(manager, "/opp help").reader();
    }

    String headline(String line) {
        BotReply reply = run(line);
        assertThat(reply).as(line).isInstanceOf(BotReply.DealCard.class);
        return localizer.text(((BotReply.DealCard) reply).headline(), reader());
    }

    String date(LocalDate date) {
        return localizer.date(date, reader());
    }

    List<String> history(String deal) {
        BotReply.Table table = (BotReply.Table) run("/opp history " + deal);
        return table.rows().stream()
                .map(row -> localizer.format(row.get(2), reader()))
                .toList();
    }

    void thai(boolean thai) {
        if (thai) {
            run("/salesbot language th");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void closingSaysTheCloseDateBecameTheDayItClosed(boolean thai) {
        thai(thai);
        run("/opp new Acme ERP amount:1m close:2026-12-31");
        run("/opp new Beta CRM amount:1m close:2026-12-31");
        run("/opp new Gamma HR amount:1m close:2026-12-31");

        for (String closing : List.of("/opp won #1", "/opp lost #2 price too high", "/opp stage #3 closed won")) {
            String headline = headline(closing);
            assertThat(headline).as(closing).contains(date(TODAY));
        }
        assertThat(history("#1"))
                .contains(
                        thai
                                ? "วันที่คาดว่าจะปิดการขายเปลี่ยนเป็นวันที่ปิดการขาย: "
                                        + date(LocalDate.of(2026, 12, 31)) + " → " + date(TODAY)
                                : "close date set to the day it closed: " + date(LocalDate.of(2026, 12, 31)) + " → "
                                        + date(TODAY));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void reopeningGivesBackTheCloseDateTheDealHad(boolean thai) {
        thai(thai);
        run("/opp new Acme ERP amount:1m close:2026-12-31");
        run("/opp won #1");
        run("/opp new Beta CRM amount:1m close:2027-01-15");
        run("/opp lost #2 budget cut");

        String wonBack = headline("/opp reopen #1");
        BotReply.DealCard lostBack = (BotReply.DealCard) run("/opp reopen #2 stage:wait");

        assertThat(wonBack).contains(date(LocalDate.of(2026, 12, 31)));
        assertThat(lostBack.deal().progress().closeDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        BotReply.DealCard moved = (BotReply.DealCard) run("/opp show #1");
        assertThat(moved.deal().progress().closeDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void reopeningADealThatNeverHadACloseDateAsksForOne() {
        run("/opp new Imported stage:won");

        BotReply refused = run("/opp reopen #1");

        assertThat(refused).isInstanceOf(BotReply.Error.class);
        assertThat(((BotReply.Error) refused).message().key()).isEqualTo("error.reopen.closeDateNeeded");
        assertThat(localizer.text(((BotReply.Error) refused).message(), reader()))
                .contains("/opp reopen #1 close:eom");
        BotReply.DealCard reopened = (BotReply.DealCard) run("/opp reopen #1 close:2027-03-31");
        assertThat(reopened.deal().progress().closeDate()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aCloseDateInThePastIsWarnedAboutWhenTyped(boolean thai) {
        thai(thai);
        String created = headline("/opp new Acme ERP close:2026-11-01");
        String edited = headline("/opp edit #1 close:2026-10-15");
        String unrelatedEdit = headline("/opp edit #1 amount:5k");
        String future = headline("/opp new Beta CRM close:2026-12-31");
        String todayIsFine = headline("/opp edit #2 close:today");
        String reopenedIntoThePast = headline("/opp won #1") + headline("/opp reopen #1");

        assertThat(created).contains(date(LocalDate.of(2026, 11, 1)), "`/opp edit #1 close:eom`");
        assertThat(edited).contains(date(LocalDate.of(2026, 10, 15)), "`/opp edit #1 close:eom`");
        assertThat(reopenedIntoThePast).contains("`/opp edit #1 close:eom`");
        assertThat(List.of(unrelatedEdit, future, todayIsFine)).noneMatch(text -> text.contains("close:eom"));

        run("/lead new \"ERP for Bangna\" company:\"Bangna Steel\"");
        assertThat(headline("/lead convert L-1 close:2026-11-20")).contains("`/opp edit #3 close:eom`");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aTypedAmountSaysItHoldsOverTheProductsAndHowToFollowThem(boolean thai) {
        thai(thai);
        run("/opp new Acme ERP amount:1m");
        BotReply.DealCard withProduct = (BotReply.DealCard) run("/opp product #1 Training qty:2 price:25000");

        DealCardField amount = DealCardField.of(withProduct.deal()).get(2);
        String note = localizer.text(amount.note(), reader());
        assertThat(withProduct.deal().revenue().estimated()).isEqualByComparingTo("1000000");
        assertThat(note)
                .contains(
                        "`/opp edit #1 amount:auto`",
                        localizer.format(
                                io.salesbot.reply.Money.of(new java.math.BigDecimal("50000"), "THB"), reader()));

        BotReply.DealCard auto = (BotReply.DealCard) run("/opp edit #1 amount:auto");
        assertThat(auto.deal().revenue().estimated()).isEqualByComparingTo("50000");
        assertThat(localizer.text(DealCardField.of(auto.deal()).get(2).note(), reader()))
                .doesNotContain("amount:auto");
    }

    @Test
    void historyShowsValuesAsPeopleReadThem() {
        run("/opp new Acme ERP amount:1m close:2026-12-31");
        run("/opp edit #1 amount:1.2m prob:60 type:existing_customer close:2027-01-15");
        run("/opp stage #1 in progress");
        run("/opp product #1 Training qty:2 price:25000");

        List<String> english = history("#1");
        assertThat(String.join("\n", english))
                .contains(
                        "amount: ฿1,000,000 → ฿1,200,000",
                        "probability: 10% → 60%",
                        "type: New customer → Existing customer",
                        "close date: " + date(LocalDate.of(2026, 12, 31)) + " → " + date(LocalDate.of(2027, 1, 15)),
                        "Wait → In progress",
                        "product added: 1. Training × 2 @ ฿25,000")
                .doesNotContain("1200000.00", "existing_customer", "2027-01-15");

        run("/salesbot language th");
        String thai = String.join("\n", history("#1"));
        assertThat(thai)
                .contains("1,200,000 บาท", "2570", "รอดำเนินการ → ระหว่างดำเนินการ")
                .doesNotContain("existing_customer", "Existing customer", "2027-01-15");
    }

    @Test
    void aLeadIsShownAsLNeverAsADealNumber() {
        run("/lead new \"ERP for Bangna\" company:\"Bangna Steel\"");

        BotReply.DealCard converted = (BotReply.DealCard) run("/lead convert L-1 amount:900k");

        assertThat(DealCardField.of(converted.deal()))
                .filteredOn(field -> field.label().key().equals("card.lead"))
                .extracting(DealCardField::value)
                .containsExactly("L-1");
    }
}
