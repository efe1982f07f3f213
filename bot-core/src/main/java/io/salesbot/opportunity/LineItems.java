package io.salesbot.opportunity;

import io.salesbot.catalog.CatalogService;
import io.salesbot.catalog.ProductView;
import io.salesbot.common.InvalidInputException;
import io.salesbot.workspace.Actor;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Turns a line as a person gave it into a {@link LineItem}: a catalogue product brings its name,
 * price and add-on flag (unless given); free text needs a price.
 */
@Component
class LineItems {

    private final CatalogService catalog;

    LineItems(CatalogService catalog) {
        this.catalog = catalog;
    }

    LineItem from(Actor actor, NewLine line) {
        ProductView product = catalog.find(actor, line.product()).orElse(null);
        if (product == null && line.unitPrice() == null) {
            throw new InvalidInputException("price", "error.line.priceRequired", line.product())
                    .withNearest(catalog.nearest(actor, line.product()));
        }
        return new LineItem(
                product == null ? null : product.id(),
                product == null ? line.product() : product.name(),
                line.quantity() == null ? BigDecimal.ONE : line.quantity(),
                line.unitPrice() != null ? line.unitPrice() : product.unitPrice(),
                line.discountPercent(),
                line.addOn() != null ? line.addOn() : product != null && product.addOn(),
                line.note());
    }
}
