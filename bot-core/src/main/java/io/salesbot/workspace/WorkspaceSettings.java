package io.salesbot.workspace;

import java.time.ZoneId;

/**
 * A read-only view of a workspace's settings: language (and whether it is everyone's), currency
 * and time zone.
 */
public record WorkspaceSettings(
        long id,
        Platform platform,
        String name,
        String language,
        boolean languageForced,
        String currency,
        ZoneId zone) {

    public static WorkspaceSettings of(Workspace workspace) {
        return new WorkspaceSettings(
                workspace.getId(),
                workspace.getPlatform(),
                workspace.getName(),
                workspace.getLanguage(),
                workspace.isLanguageForced(),
                workspace.getCurrency(),
                workspace.zone());
    }

    /** The language a reader gets: the workspace's when it insists, else theirs when the platform says it. */
    public String languageFor(String userLanguage) {
        return languageForced || userLanguage == null || userLanguage.isBlank() ? language : userLanguage;
    }
}
