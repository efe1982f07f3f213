package io.salesbot.workspace;

/**
 * Who is talking to the bot, as the platform tells it: the team or guild, the user, and the role
 * a newcomer should start with (workspace admins of the platform start as admins), and, when the
 * platform says, their time zone and language ({@code zoneHint}, {@code languageHint}; may be null).
 */
public record Visitor(
        Platform platform,
        String workspaceExternalId,
        String workspaceName,
        String userId,
        String displayName,
        Role roleIfNew,
        String zoneHint,
        String languageHint) {

    /** A visitor of whose clock and language the platform says nothing. */
    public Visitor(
            Platform platform,
            String workspaceExternalId,
            String workspaceName,
            String userId,
            String displayName,
            Role roleIfNew) {
        this(platform, workspaceExternalId, workspaceName, userId, displayName, roleIfNew, null, null);
    }

    /** The same visitor, with the time zone and language (a locale such as {@code th-TH}) the platform gives. */
    public Visitor withClock(String zone, String language) {
        return new Visitor(
                platform, workspaceExternalId, workspaceName, userId, displayName, roleIfNew, zone, language);
    }

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
