package io.salesbot;

import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.LineView;
import io.salesbot.opportunity.StageKind;
import io.salesbot.opportunity.StageView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Deals as replies show them, for renderer tests on every platform. */
public final class ReplyFixtures {

    /** An open stage, "Wait" in English and "รอ" in Thai. */
    public static final StageView WAIT = new StageView(1, "Wait", "รอ", 1, StageKind.OPEN, 10);

    private ReplyFixtures() {}

    /**
     * Deal #7 owned by Ann, in baht, closing 31 Dec 2026, at 10% in {@link #WAIT}: its amount comes
     * from its {@code lines}.
     */
    public static DealView deal(String name, String customer, List<LineView> lines) {
        BigDecimal amount = lines.stream().map(LineView::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new DealView(
                42,
                7,
                name,
                customer,
                3,
                new DealView.Progress(WAIT, null, 10, false, LocalDate.of(2026, 12, 31), null, java.util.List.of()),
                new DealView.Revenue(amount, false, amount.movePointLeft(1), "THB"),
                new DealView.Owner(1, "Ann"),
                new DealView.Origin("new_customer", null, null, null),
                null,
                lines);
    }

    /** Line 1: two trainings at ฿50,000 less 10%, an add-on, with a {@code note}. */
    public static LineView discountedAddOn(String note) {
        return new LineView(
                1,
                "Training",
                new BigDecimal("2"),
                new BigDecimal("50000"),
                BigDecimal.TEN,
                true,
                note,
                new BigDecimal("90000"));
    }
}
