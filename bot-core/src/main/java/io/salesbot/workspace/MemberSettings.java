package io.salesbot.workspace;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A member's own clock, language and reminders, as they live them: {@code zone} and {@code
 * language} are theirs, or the workspace's when they have none ({@code ownZone}, {@code
 * ownLanguage} say which); a forced workspace language is what they read ({@code languageForced}).
 * {@code myDayAt} is null when the morning DM is off.
 */
public record MemberSettings(
        ZoneId zone,
        boolean ownZone,
        String language,
        boolean ownLanguage,
        boolean languageForced,
        boolean quietHours,
        LocalTime myDayAt) {

    static MemberSettings of(Member member, Workspace workspace) {
        WorkspaceSettings lived = WorkspaceSettings.of(workspace).forMember(member.zone(), member.getLanguage());
        return new MemberSettings(
                lived.readerZone(),
                member.zone() != null,
                lived.languageFor(null),
                member.getLanguage() != null,
                workspace.isLanguageForced(),
                member.isQuietHours(),
                member.getMyDayAt());
    }
}
