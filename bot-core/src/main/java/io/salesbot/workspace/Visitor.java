package io.salesbot.workspace;

/**
 * Who is talking to the bot, as the platform tells it: the team or guild, the user, and the role
 * a newcomer should start with (workspace admins of the platform start as admins).
 */
public record Visitor(
        Platform platform,
        String workspaceExternalId,
        String workspaceName,
        String userId,
        String displayName,
        Role roleIfNew) {

    public Visitor {
        if (isBlank(workspaceExternalId) || isBlank(userId)) {
            throw new IllegalArgumentException("workspace and user ids are required");
        }
        workspaceName = isBlank(workspaceName) ? workspaceExternalId : workspaceName;
        displayName = isBlank(displayName) ? userId : displayName;
        roleIfNew = roleIfNew == null ? Role.REP : roleIfNew;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
