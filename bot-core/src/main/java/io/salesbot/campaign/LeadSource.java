package io.salesbot.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The medium a lead came through: referral, web, event, cold call, social, or one an admin adds. */
@Entity
@Table(name = "lead_source")
public class LeadSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    private String code;

    protected LeadSource() {}

    LeadSource(long workspaceId, String code) {
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
