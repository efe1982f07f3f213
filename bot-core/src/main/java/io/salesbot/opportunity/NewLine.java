package io.salesbot.opportunity;

import java.math.BigDecimal;

/**
 * A line item to add. A product that is in the catalogue takes its price and add-on flag from
 * there unless given; any other product is free text and needs a price.
 */
public record NewLine(
        String product,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        Boolean addOn,
        String note) {

    public static NewLine of(String product, BigDecimal quantity, BigDecimal unitPrice) {
        return new NewLine(product, quantity, unitPrice, null, null, null);
    }
}
