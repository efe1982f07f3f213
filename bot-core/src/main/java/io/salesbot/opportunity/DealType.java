package io.salesbot.opportunity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What kind of sale a deal is, for analysis (new vs existing customer, or by product kind). */
@Entity
@Table(name = "deal_type")
public class DealType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private String code;

    protected DealType() {}

    DealType(long workspaceId, String code) {
        this.workspaceId = workspaceId;
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }
}
