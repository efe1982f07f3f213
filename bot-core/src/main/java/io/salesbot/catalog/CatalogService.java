package io.salesbot.catalog;

import io.salesbot.common.Nearest;
import io.salesbot.common.NotFoundException;
import io.salesbot.common.TextRules;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue: admins keep it, everyone picks from it. */
@Service
public class CatalogService {

    private final Products products;

    CatalogService(Products products) {
        this.products = products;
    }

    /** Adds a product, or updates its price and add-on flag when the name exists (and brings it back). */
    @Transactional
    public ProductView save(Actor actor, String name, BigDecimal unitPrice, boolean addOn) {
        actor.require(Role.ADMIN);
        String checked = TextRules.required("name", name, 200);
        Product product = products.findByWorkspaceIdAndName(actor.workspaceId(), checked)
                .map(existing -> {
                    existing.reprice(unitPrice, addOn);
                    return existing;
                })
                .orElseGet(() -> products.save(new Product(actor.workspaceId(), checked, unitPrice, addOn)));
        return ProductView.of(product);
    }

    /** Takes a product off the list offered to reps; deals that have it keep their lines. */
    @Transactional
    public void retire(Actor actor, String name) {
        actor.require(Role.ADMIN);
        products.findByWorkspaceIdAndName(actor.workspaceId(), name.strip())
                .orElseThrow(
                        () -> new NotFoundException("error.product.unknown", name).withNearest(nearest(actor, name)))
                .retire();
    }

    /** The catalogue's names closest to a mistyped one ("did you mean"), best first. */
    @Transactional(readOnly = true)
    public List<String> nearest(Actor actor, String typed) {
        return Nearest.to(typed, list(actor).stream().map(ProductView::name).toList());
    }

    @Transactional(readOnly = true)
    public List<ProductView> list(Actor actor) {
        return products.findByWorkspaceIdAndActiveTrueOrderByName(actor.workspaceId()).stream()
                .map(ProductView::of)
                .toList();
    }

    /** The active catalogue product with this name (any case), if there is one. */
    @Transactional(readOnly = true)
    public Optional<ProductView> find(Actor actor, String name) {
        return products.findByWorkspaceIdAndName(actor.workspaceId(), name == null ? "" : name.strip())
                .filter(Product::isActive)
                .map(ProductView::of);
    }
}
