package io.salesbot.opportunity;

import io.salesbot.common.MoneyRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A product (or add-on service) the customer wants, with quantity, price and discount. */
@Entity
@Table(name = "opportunity_line")
public class OpportunityLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opportunity_id")
    private Opportunity opportunity;

    @Column(name = "line_number")
    private int lineNumber;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "product_name")
    private String productName;

    private BigDecimal quantity;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Column(name = "discount_percent")
    private BigDecimal discountPercent;

    @Column(name = "add_on")
    private boolean addOn;

    private String description;

    protected OpportunityLine() {}

    OpportunityLine(Opportunity opportunity, int lineNumber, LineItem item) {
        this.workspaceId = opportunity.getWorkspaceId();
        this.opportunity = opportunity;
        this.lineNumber = lineNumber;
        this.productId = item.productId();
        this.productName = item.productName();
        this.quantity = item.quantity();
        this.unitPrice = item.unitPrice();
        this.discountPercent = item.discountPercent();
        this.addOn = item.addOn();
        this.description = item.description();
    }

    /** quantity × unit price, less the discount, to two decimals. */
    public BigDecimal total() {
        BigDecimal gross = quantity.multiply(unitPrice);
        return gross.subtract(MoneyRules.percentOf(gross, discountPercent)).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public LineItem item() {
        return new LineItem(productId, productName, quantity, unitPrice, discountPercent, addOn, description);
    }
}
