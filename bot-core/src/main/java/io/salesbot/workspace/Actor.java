package io.salesbot.workspace;

import io.salesbot.common.PermissionDeniedException;

/**
 * The member on whose behalf a command runs, as resolved by {@link WorkspaceService#enter}. Every
 * service operation takes one, scopes its queries by {@link #workspaceId()} and checks {@link #role()}.
 *
 * @param settings the workspace's settings as read when the member entered, so a command reads them
 *     once and every service it calls sees the same ones ({@link WorkspaceService#enteredSettings});
 *     null for an actor made without entering (the notification worker's)
 * @param displayName the member's name as they entered, so a card that names them (its owner, who
 *     changed it) need not read their row again; null when not known
 * @param userId the member's platform user id, as they entered; null when not known
 */
public record Actor(
        long workspaceId,
        long memberId,
        Role role,
        Platform platform,
        WorkspaceSettings settings,
        String displayName,
        String userId) {

    public Actor(long workspaceId, long memberId, Role role, Platform platform) {
        this(workspaceId, memberId, role, platform, null);
    }

    public Actor(long workspaceId, long memberId, Role role, Platform platform, WorkspaceSettings settings) {
        this(workspaceId, memberId, role, platform, settings, null, null);
    }

    /** Whether {@code memberId} is this actor and their name came with them. */
    public boolean isNamed(long memberId) {
        return this.memberId == memberId && displayName != null;
    }

    /** Fails unless the actor holds {@code needed} or a higher role. */
    public void require(Role needed) {
        if (!role.includes(needed)) {
            throw new PermissionDeniedException(
                    "error.permission.role", needed.name().toLowerCase());
        }
    }

    /**
     * Who owns a deal is a manager's decision: anyone may own what they create, but making someone
     * else the owner (on a new deal, by handing one over, by import) takes a manager or an admin.
     * Otherwise a rep could give a lost cause to a colleague, or fill a colleague's pipeline.
     */
    public void requireMayAssignTo(long ownerMemberId) {
        if (ownerMemberId != memberId && !role.includes(Role.MANAGER)) {
            throw new PermissionDeniedException("error.permission.assign");
        }
    }

    /** Reps change only what they own; managers and admins change anything in their workspace. */
    public void requireOwnerOrManager(long ownerMemberId) {
        if (ownerMemberId != memberId && !role.includes(Role.MANAGER)) {
            throw new PermissionDeniedException("error.permission.notOwner");
        }
    }
}
