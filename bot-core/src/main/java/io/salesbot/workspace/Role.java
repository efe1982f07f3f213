package io.salesbot.workspace;

/** What a member may do. Each role includes the rights of the ones before it. */
public enum Role {
    /** Works their own deals. */
    REP,
    /** Changes any deal of the workspace, reopens closed deals, sees every report. */
    MANAGER,
    /** Also sets up stages, types, products, campaigns, sources, roles and notifications. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
