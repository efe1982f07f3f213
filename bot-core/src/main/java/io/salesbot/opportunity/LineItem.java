package io.salesbot.opportunity;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.MoneyRules;
import io.salesbot.common.TextRules;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a line item says: a catalogue product (with its id) or free text, how many, at what unit
 * price, with what discount in percent, whether it is an add-on, and a description.
 */
public record LineItem(
        Long productId,
        String productName,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal discountPercent,
        boolean addOn,
        String description) {

    static final BigDecimal MAX_QUANTITY = new BigDecimal("9999999999.99");

    public LineItem {
        productName = TextRules.required("product", productName, 200);
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0) {
            throw new InvalidInputException(
                    "qty", "error.quantity.invalid", quantity == null ? "" : quantity.toPlainString());
        }
        quantity = quantity.setScale(2, RoundingMode.HALF_UP);
        unitPrice = MoneyRules.amount("price", unitPrice);
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        if (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("discount", "error.discount.invalid", discountPercent.toPlainString());
        }
        discountPercent = discountPercent.setScale(2, RoundingMode.HALF_UP);
        description = TextRules.optional("note", description, 1000);
    }
}
