package io.salesbot.workspace;

import java.time.ZoneId;

/** A read-only view of a workspace's settings: language, currency and time zone. */
public record WorkspaceSettings(
        long id, Platform platform, String name, String language, String currency, ZoneId zone) {

    public static WorkspaceSettings of(Workspace workspace) {
        return new WorkspaceSettings(
                workspace.getId(),
                workspace.getPlatform(),
                workspace.getName(),
                workspace.getLanguage(),
                workspace.getCurrency(),
                workspace.zone());
    }
}
