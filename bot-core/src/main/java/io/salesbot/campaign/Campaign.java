package io.salesbot.campaign;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.MoneyRules;
import io.salesbot.common.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A marketing campaign that deals can be credited to. */
@Entity
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private String name;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    private BigDecimal cost;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Campaign() {}

    Campaign(long workspaceId, String name, LocalDate startsOn, LocalDate endsOn, BigDecimal cost, Instant createdAt) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("end", "error.campaign.endsBeforeStart", endsOn, startsOn);
        }
        this.workspaceId = workspaceId;
        this.name = TextRules.required("name", name, 200);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.cost = cost == null ? null : MoneyRules.amount("cost", cost);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public BigDecimal getCost() {
        return cost;
    }
}
