package io.salesbot.opportunity;

import io.salesbot.workspace.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a deal's history: a field went from one value to another, by someone, at a time. */
@Entity
@Table(name = "opportunity_change")
public class OpportunityChange {

    static final int MAX_VALUE = 500;
    static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opportunity_id")
    private Opportunity opportunity;

    @Enumerated(EnumType.STRING)
    private ChangeField field;

    @Column(name = "from_value")
    private String fromValue;

    @Column(name = "to_value")
    private String toValue;

    @Column(name = "member_id")
    private long memberId;

    @Enumerated(EnumType.STRING)
    private Platform platform;

    @Column(name = "changed_at")
    private Instant changedAt;

    private String note;

    // For owner changes, the members whose names from and to are (older history has none).
    @Column(name = "from_ref")
    private Long fromRef;

    @Column(name = "to_ref")
    private Long toRef;

    protected OpportunityChange() {}

    OpportunityChange(
            Opportunity opportunity,
            ChangeField field,
            String fromValue,
            String toValue,
            ChangeContext by,
            String note) {
        this.workspaceId = opportunity.getWorkspaceId();
        this.opportunity = opportunity;
        this.field = field;
        this.fromValue = clip(fromValue, MAX_VALUE);
        this.toValue = clip(toValue, MAX_VALUE);
        this.memberId = by.memberId();
        this.platform = by.platform();
        this.changedAt = by.at();
        this.note = note;
    }

    // History keeps what fits; a 10 KB description is still recorded as changed, its start kept.
    private static String clip(String value, int max) {
        if (value == null || value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
    }

    OpportunityChange withRefs(Long from, Long to) {
        this.fromRef = from;
        this.toRef = to;
        return this;
    }

    public Long getFromRef() {
        return fromRef;
    }

    public Long getToRef() {
        return toRef;
    }

    public Long getId() {
        return id;
    }

    Opportunity getOpportunity() {
        return opportunity;
    }

    public ChangeField getField() {
        return field;
    }

    public String getFromValue() {
        return fromValue;
    }

    public String getToValue() {
        return toValue;
    }

    public long getMemberId() {
        return memberId;
    }

    public Platform getPlatform() {
        return platform;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getNote() {
        return note;
    }
}
