package io.salesbot.reply;

import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.LineView;
import io.salesbot.opportunity.NextStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One field of a deal card: its label, its value (formatted by the {@link Localizer} like any
 * reply value), a note to show after it, and whether it is long text (a reason, a description)
 * that wants a line of its own. {@link #of} lists them in the order every platform shows them.
 */
public record DealCardField(Message label, Object value, Message note, boolean longText) {

    public DealCardField {
        value = Fact.present(value);
    }

    /** Every field of the card, in order; an unset field has a null value. */
    public static List<DealCardField> of(DealView deal) {
        DealView.Progress progress = deal.progress();
        DealView.Revenue revenue = deal.revenue();
        DealView.Origin origin = deal.origin();
        List<DealCardField> fields = new ArrayList<>();
        fields.add(field("card.customer", deal.customer()));
        fields.add(field("card.stage", progress.stage()));
        fields.add(new DealCardField(
                Message.of("card.amount"), Money.of(revenue.estimated(), revenue.currency()), amountNote(deal), false));
        fields.add(new DealCardField(
                Message.of("card.probability"),
                Percent.of(progress.probability()),
                progress.probabilityExplicit() ? null : Message.of("card.probabilityFromStage"),
                false));
        fields.add(field("card.expected", Money.of(revenue.expected(), revenue.currency())));
        fields.add(new DealCardField(
                Message.of("card.category"),
                progress.category(),
                // A closed deal's category is its outcome: nothing to say about where it came from.
                deal.isClosed()
                        ? null
                        : Message.of(progress.categoryExplicit() ? "card.categorySet" : "card.categoryFromStage"),
                false));
        fields.add(new DealCardField(
                Message.of("card.close"),
                progress.closeDate(),
                // How often the date was pushed out: a deal that keeps slipping is not a commit.
                progress.slipCount() > 0 ? Message.of("card.pushedOut", progress.slipCount()) : null,
                false));
        fields.add(field("card.owner", deal.owner().name()));
        fields.add(field("card.type", origin.type() == null ? null : new Code("type", origin.type())));
        fields.add(field("card.campaign", origin.campaign()));
        fields.add(field("card.source", origin.leadSource() == null ? null : new Code("source", origin.leadSource())));
        fields.add(field("card.lead", origin.leadNumber() == null ? null : "L-" + origin.leadNumber()));
        if (deal.nextStep() != null) {
            fields.add(new DealCardField(
                    Message.of("card.nextStep"), deal.nextStep().text(), nextStepDue(deal.nextStep()), true));
        } else if (!deal.isClosed()) {
            fields.add(new DealCardField(Message.of("card.nextStep"), null, null, true));
        }
        if (deal.snooze() != null) {
            fields.add(new DealCardField(
                    Message.of("card.snoozed"),
                    Message.of(
                            "card.snoozed.value",
                            deal.snooze().until(),
                            deal.snooze().reason()),
                    null,
                    true));
        }
        if (progress.lostReason() != null) {
            fields.add(new DealCardField(Message.of("card.lostReason"), progress.lostReason(), null, true));
        }
        if (deal.description() != null && !deal.description().isBlank()) {
            fields.add(new DealCardField(Message.of("card.description"), deal.description(), null, true));
        }
        return fields;
    }

    /**
     * Which holds when a deal has products: the sum of their lines, or an amount typed by hand,
     * which then stays whatever products are added; the card says so, with the sum and the way back.
     */
    private static Message amountNote(DealView deal) {
        if (deal.lines().isEmpty()) {
            return null;
        }
        DealView.Revenue revenue = deal.revenue();
        if (!revenue.amountExplicit()) {
            return Message.of("card.amountFromLines");
        }
        BigDecimal linesTotal = deal.lines().stream().map(LineView::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Message.of("card.amountTyped", Money.of(linesTotal, revenue.currency()), deal.number());
    }

    /** By when the next step is due, or how late it is; null when it has no day. */
    static Message nextStepDue(NextStep next) {
        if (next.due() == null) {
            return null;
        }
        return Message.of(next.overdue() ? "card.nextStep.overdue" : "card.nextStep.due", next.due());
    }

    /** Whether the field is unset: blank text counts as unset too. */
    public boolean isEmpty() {
        return value == null;
    }

    private static DealCardField field(String labelKey, Object value) {
        return new DealCardField(Message.of(labelKey), value, null, false);
    }
}
