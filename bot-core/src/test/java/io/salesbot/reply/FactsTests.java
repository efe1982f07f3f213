package io.salesbot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.opportunity.DealSummary;
import io.salesbot.opportunity.LineView;
import io.salesbot.opportunity.StageKind;
import io.salesbot.opportunity.StageView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts of a list row and of a product line, decided once for every platform. */
class FactsTests {

    static final ReplyLocale ENGLISH = ReplyLocale.of("en", ZoneId.of("Asia/Bangkok"));
    static final ReplyLocale THAI = ReplyLocale.of("th", ZoneId.of("Asia/Bangkok"));
    static final StageView WAIT = new StageView(1, "Wait", "รอ", 1, StageKind.OPEN, 10);

    final Localizer localizer = new Localizer((org.springframework.context.support.ResourceBundleMessageSource)
            new MessagesConfiguration().messageSource(List.of()));

    @Test
    void aListRowShowsItsFactsInTheOrderOfTheLabels() {
        // given a deal with no customer and a blank owner
        DealSummary deal =
                new DealSummary(42, "ERP", null, WAIT, new BigDecimal("1200000"), 50, LocalDate.of(2026, 12, 31), " ");

        // when
        DealListRowFacts row = DealListRowFacts.of(deal);

        // then every fact is there, labelled like the table's headers, unset ones empty
        assertThat(row.facts()).extracting(Fact::label).isEqualTo(DealListRowFacts.labels());
        assertThat(row.facts())
                .extracting(Fact::value)
                .containsExactly(
                        null, WAIT, new BigDecimal("1200000"), Percent.of(50), LocalDate.of(2026, 12, 31), null, null);
        // and a sentence leaves out what is not set
        assertThat(localizer.inline(row.facts(), " · ", ENGLISH, Markup.PLAIN))
                .isEqualTo("Wait · 1,200,000 · 50% · 31 Dec 2026");
        assertThat(localizer.inline(row.facts(), " · ", THAI, Markup.PLAIN))
                .isEqualTo("รอ · 1,200,000 · 50% · 31 ธ.ค. 2569");
    }

    @Test
    void aLineShowsQuantityPriceDiscountTotalAndNoteAndMarksAnAddOn() {
        // given a discounted add-on with a note
        LineView line = new LineView(
                2,
                "Training",
                new BigDecimal("3"),
                new BigDecimal("1000"),
                new BigDecimal("10"),
                true,
                "on site",
                new BigDecimal("2700"));

        // when
        LineItemFacts item = LineItemFacts.of(line, "THB");

        // then
        assertThat(item.facts()).extracting(Fact::label).isEqualTo(LineItemFacts.labels());
        assertThat(item.facts())
                .extracting(Fact::value)
                .containsExactly(
                        new BigDecimal("3"),
                        new Money(new BigDecimal("1000"), "THB"),
                        new Percent(new BigDecimal("10")),
                        new Money(new BigDecimal("2700"), "THB"),
                        "on site");
        assertThat(localizer.text(item.product(), ENGLISH)).isEqualTo("Training (add-on)");
        assertThat(localizer.text(item.product(), THAI)).isEqualTo("Training (ส่วนเสริม)");
        assertThat(localizer.inline(item.facts(), " ", ENGLISH, Markup.PLAIN))
                .isEqualTo("× 3 @ ฿1,000 −10% = ฿2,700 — on site");
    }

    @Test
    void noDiscountIsADashInATableAndNothingInASentence() {
        // given a line without discount or note
        LineView line = new LineView(
                1, "ERP", BigDecimal.ONE, new BigDecimal("500"), BigDecimal.ZERO, false, "  ", new BigDecimal("500"));

        // when
        LineItemFacts item = LineItemFacts.of(line, "USD");

        // then a zero discount is still a value for a table, a blank note is none
        assertThat(item.facts().get(2).value()).isEqualTo(new Percent(BigDecimal.ZERO));
        assertThat(item.facts().get(4).isEmpty()).isTrue();
        assertThat(localizer.text(item.product(), ENGLISH)).isEqualTo("ERP");
        assertThat(localizer.inline(item.facts(), " ", ENGLISH, Markup.PLAIN)).isEqualTo("× 1 @ $500 = $500");
    }

    @Test
    void peoplesTextInASentenceIsWrittenByTheMarkup() {
        // given a note and an owner that people typed
        LineView line =
                new LineView(1, "ERP", BigDecimal.ONE, BigDecimal.TEN, null, false, "*bold* <@U1>", BigDecimal.TEN);
        DealSummary deal = new DealSummary(7, "CRM", "Acme", WAIT, null, 10, null, "Ann");

        // then
        assertThat(localizer.inline(LineItemFacts.of(line, "THB").facts(), " ", ENGLISH, LocalizerTests.BRACKETS))
                .endsWith("— [*bold* <@U1>]");
        assertThat(localizer.inline(DealListRowFacts.of(deal).facts(), " · ", ENGLISH, LocalizerTests.BRACKETS))
                .isEqualTo("[Acme] · [Wait] · 10% · [Ann]");
    }
}
