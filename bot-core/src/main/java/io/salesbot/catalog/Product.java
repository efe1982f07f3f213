package io.salesbot.catalog;

import io.salesbot.common.MoneyRules;
import io.salesbot.common.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A product or service in the catalogue. Add-ons are sold alongside a main product. */
@Entity
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private String name;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Column(name = "add_on")
    private boolean addOn;

    private boolean active;

    protected Product() {}

    Product(long workspaceId, String name, BigDecimal unitPrice, boolean addOn) {
        this.workspaceId = workspaceId;
        this.name = TextRules.required("name", name, 200);
        this.unitPrice = MoneyRules.amount("price", unitPrice);
        this.addOn = addOn;
        this.active = true;
    }

    void reprice(BigDecimal newPrice, boolean newAddOn) {
        this.unitPrice = MoneyRules.amount("price", newPrice);
        this.addOn = newAddOn;
        this.active = true;
    }

    void retire() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public boolean isAddOn() {
        return addOn;
    }

    public boolean isActive() {
        return active;
    }
}
