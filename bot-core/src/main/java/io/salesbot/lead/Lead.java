package io.salesbot.lead;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.RuleViolationException;
import io.salesbot.common.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Someone who may buy. Converting creates the deal and remembers it; dropping needs a reason. */
@Entity
@Table(name = "sales_lead")
public class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private int number;
    private String name;
    private String company;
    private String contact;

    @Column(name = "lead_source_id")
    private Long leadSourceId;

    @Enumerated(EnumType.STRING)
    private LeadStatus status;

    @Column(name = "drop_reason")
    private String dropReason;

    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private int version;

    protected Lead() {}

    Lead(
            long workspaceId,
            int number,
            String name,
            String company,
            String contact,
            Long leadSourceId,
            long ownerId,
            Instant createdAt) {
        this.workspaceId = workspaceId;
        this.number = number;
        this.name = TextRules.required("name", name, 200);
        this.company = TextRules.optional("company", company, 200);
        this.contact = TextRules.optional("contact", contact, 200);
        this.leadSourceId = leadSourceId;
        this.ownerId = ownerId;
        this.status = LeadStatus.OPEN;
        this.createdAt = createdAt;
    }

    void convertedInto(long newOpportunityId) {
        requireOpen();
        this.status = LeadStatus.CONVERTED;
        this.opportunityId = newOpportunityId;
    }

    void drop(String reason) {
        requireOpen();
        String why = TextRules.optional("reason", reason, 500);
        if (why == null) {
            throw new InvalidInputException("reason", "error.lead.dropReasonRequired", number);
        }
        this.status = LeadStatus.DROPPED;
        this.dropReason = why;
    }

    void requireOpen() {
        if (status != LeadStatus.OPEN) {
            throw new RuleViolationException("error.lead.notOpen", number, status);
        }
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getCompany() {
        return company;
    }

    public String getContact() {
        return contact;
    }

    public Long getLeadSourceId() {
        return leadSourceId;
    }

    public LeadStatus getStatus() {
        return status;
    }

    public String getDropReason() {
        return dropReason;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }
}
