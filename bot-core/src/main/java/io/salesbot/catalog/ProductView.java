package io.salesbot.catalog;

import java.math.BigDecimal;

/** A catalogue product as shown to people and used to price a line item. */
public record ProductView(long id, String name, BigDecimal unitPrice, boolean addOn) {

    static ProductView of(Product product) {
        return new ProductView(product.getId(), product.getName(), product.getUnitPrice(), product.isAddOn());
    }
}
