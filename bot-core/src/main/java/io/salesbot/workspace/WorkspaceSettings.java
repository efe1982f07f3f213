package io.salesbot.workspace;

import java.time.ZoneId;

/**
 * A read-only view of a workspace's settings: language (and whether it is everyone's), currency
 * and time zone. {@code zone} is always the workspace's: it is the team's calendar (periods, the day
 * a deal closes, schedules), whoever asks. As a member entered it ({@link #forMember}), {@code
 * readerZone} is theirs (the clock they read times and type them in) and {@code memberLanguage}
 * their language; otherwise the workspace's zone and null.
 */
public record WorkspaceSettings(
        long id,
        Platform platform,
        String name,
        String language,
        boolean languageForced,
        String currency,
        ZoneId zone,
        ZoneId readerZone,
        String memberLanguage) {

    public WorkspaceSettings {
        readerZone = readerZone == null ? zone : readerZone;
    }

    public WorkspaceSettings(
            long id,
            Platform platform,
            String name,
            String language,
            boolean languageForced,
            String currency,
            ZoneId zone) {
        this(id, platform, name, language, languageForced, currency, zone, zone, null);
    }

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

    /**
     * The settings as one member lives them: their own zone to read and type times in (the
     * workspace's when they have none), and their own language, which {@link #languageFor} prefers
     * unless the workspace insists. The team's calendar stays the workspace's.
     */
    public WorkspaceSettings forMember(ZoneId memberZone, String memberLanguage) {
        return new WorkspaceSettings(
                id,
                platform,
                name,
                language,
                languageForced,
                currency,
                zone,
                memberZone == null ? zone : memberZone,
                memberLanguage);
    }

    /**
     * The language a reader gets: the workspace's when it insists, else the member's own (chosen,
     * or learned from the platform when they were seen), else what the platform says now, else the
     * workspace's.
     */
    public String languageFor(String userLanguage) {
        if (languageForced) {
            return language;
        }
        if (memberLanguage != null) {
            return memberLanguage;
        }
        return userLanguage == null || userLanguage.isBlank() ? language : userLanguage;
    }
}
