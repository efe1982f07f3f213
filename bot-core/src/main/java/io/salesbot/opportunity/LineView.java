package io.salesbot.opportunity;

import java.math.BigDecimal;

/** A line item as shown on the deal card. */
public record LineView(
        int number,
        String product,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        boolean addOn,
        String description,
        BigDecimal total) {

    static LineView of(OpportunityLine line) {
        LineItem item = line.item();
        return new LineView(
                line.getLineNumber(),
                item.productName(),
                item.quantity(),
                item.unitPrice(),
                item.discountPercent(),
                item.addOn(),
                item.description(),
                line.total());
    }
}
