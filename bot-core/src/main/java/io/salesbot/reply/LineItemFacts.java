package io.salesbot.reply;

import io.salesbot.opportunity.LineView;
import java.util.List;

/**
 * What a product line of a deal shows on every platform: its number, the product (marked when it
 * is an add-on), then its {@link Fact}s in the order of {@link #labels()}. A sentence reads like
 * {@code 1. ERP licence × 10 @ ฿100,000 −10% = ฿900,000 — per user}.
 */
public record LineItemFacts(int number, Message product, List<Fact> facts) {

    private static final List<Message> LABELS = List.of(
            Message.of("card.line.quantity"),
            Message.of("card.line.unitPrice"),
            Message.of("card.line.discount"),
            Message.of("card.line.total"),
            Message.of("card.line.note"));

    public static LineItemFacts of(LineView line, String currency) {
        Percent discount = line.discountPercent() == null ? null : new Percent(line.discountPercent());
        // No discount is worth a dash in a table's column, and not a word in a sentence.
        boolean discounted = discount != null && discount.value().signum() > 0;
        return new LineItemFacts(
                line.number(),
                Message.of(line.addOn() ? "card.line.addOn" : "card.line.name", line.product()),
                List.of(
                        Fact.of("card.line.quantity", line.quantity(), "card.line.quantity.inline"),
                        Fact.of(
                                "card.line.unitPrice",
                                Money.of(line.unitPrice(), currency),
                                "card.line.unitPrice.inline"),
                        new Fact(
                                Message.of("card.line.discount"),
                                discount,
                                discounted ? Message.of("card.line.discount.inline", discount) : null),
                        Fact.of("card.line.total", Money.of(line.total(), currency), "card.line.total.inline"),
                        Fact.of("card.line.note", line.description(), "card.line.note.inline")));
    }

    /** The label of the product column of a table of lines. */
    public static Message productLabel() {
        return Message.of("card.line.product");
    }

    /** The labels of every line's facts, in order: the headers of a table of lines after the product. */
    public static List<Message> labels() {
        return LABELS;
    }
}
