package io.salesbot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.ForecastCategory;
import io.salesbot.opportunity.LineView;
import io.salesbot.opportunity.StageKind;
import io.salesbot.opportunity.StageView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealCardFieldTests {

    static final StageView LOST = new StageView(4, "Closed Lost", "ปิดการขายไม่ได้", 4, StageKind.LOST, 0);

    @Test
    void everyPlatformGetsTheSameFieldsInTheSameOrder() {
        List<DealCardField> fields = DealCardField.of(deal(false, false, "price", "  "));

        assertThat(fields)
                .extracting(field -> field.label().key())
                .containsExactly(
                        "card.customer",
                        "card.stage",
                        "card.amount",
                        "card.probability",
                        "card.expected",
                        "card.category",
                        "card.close",
                        "card.owner",
                        "card.type",
                        "card.campaign",
                        "card.source",
                        "card.lead",
                        "card.lostReason");
        assertThat(fields.get(2).value()).isEqualTo(new Money(new BigDecimal("1200000"), "THB"));
        assertThat(fields.get(5).value())
                .as("a lost deal is out of the forecast")
                .isEqualTo(ForecastCategory.OMITTED);
        assertThat(fields.get(5).note())
                .as("a closed deal's category is its outcome")
                .isNull();
        assertThat(fields.get(8).value()).isEqualTo(new Code("type", "new_customer"));
        assertThat(fields.get(10).isEmpty()).as("no lead source").isTrue();
        assertThat(fields.get(12).longText()).isTrue();
    }

    @Test
    void anAmountFromTheLinesAndAProbabilityFromTheStageSaySo() {
        List<DealCardField> derived = DealCardField.of(deal(false, false, null, "ต่ออายุสัญญา"));
        List<DealCardField> typed = DealCardField.of(deal(true, true, null, null));

        assertThat(derived.get(2).note()).isEqualTo(Message.of("card.amountFromLines"));
        assertThat(derived.get(3).note()).isEqualTo(Message.of("card.probabilityFromStage"));
        assertThat(derived).last().satisfies(field -> {
            assertThat(field.label().key()).isEqualTo("card.description");
            assertThat(field.value()).isEqualTo("ต่ออายุสัญญา");
        });
        // Typed by hand, the amount holds over the products: the card says so, with their sum and the way back.
        assertThat(typed.get(2).note())
                .isEqualTo(Message.of("card.amountTyped", new Money(new BigDecimal("1200000"), "THB"), 42));
        assertThat(typed.get(11).value()).as("a lead is L-n, not a deal's #n").isEqualTo("L-5");
        assertThat(typed.get(3).note()).isNull();
    }

    private static DealView deal(boolean amountTyped, boolean probabilityTyped, String lostReason, String description) {
        LineView line = new LineView(
                1,
                "ERP",
                BigDecimal.ONE,
                new BigDecimal("1200000"),
                BigDecimal.ZERO,
                false,
                null,
                new BigDecimal("1200000"));
        return new DealView(
                7,
                42,
                "ระบบ ERP",
                "บริษัท เอ",
                1,
                new DealView.Progress(
                        LOST, null, 0, probabilityTyped, LocalDate.of(2026, 12, 31), lostReason, java.util.List.of()),
                new DealView.Revenue(new BigDecimal("1200000"), amountTyped, BigDecimal.ZERO, "THB"),
                new DealView.Owner(3, "Somchai"),
                new DealView.Origin("new_customer", "Expo", 5, null),
                description,
                List.of(line));
    }
}
