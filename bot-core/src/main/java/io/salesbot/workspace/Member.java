package io.salesbot.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A chat user known to one workspace, with the role that decides what they may change. */
@Entity
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "platform_user_id")
    private String platformUserId;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Member() {}

    Member(long workspaceId, String platformUserId, String displayName, Role role, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.platformUserId = platformUserId;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public String getPlatformUserId() {
        return platformUserId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }
}
