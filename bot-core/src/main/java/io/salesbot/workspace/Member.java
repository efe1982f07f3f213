package io.salesbot.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/** A chat user known to one workspace, with the role that decides what they may change. */
@Entity
public class Member {

    /** When the morning "my day" DM comes unless the member moves it. */
    public static final LocalTime DEFAULT_MY_DAY = LocalTime.of(9, 0);

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

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "time_zone_chosen")
    private boolean timeZoneChosen;

    private String language;

    @Column(name = "language_chosen")
    private boolean languageChosen;

    @Column(name = "quiet_hours")
    private boolean quietHours = true;

    @Column(name = "my_day_at")
    private LocalTime myDayAt = DEFAULT_MY_DAY;

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

    /** The member's own zone, or null when the workspace's applies. */
    public ZoneId zone() {
        return timeZone == null ? null : ZoneId.of(timeZone);
    }

    /** The member's language ({@code th} or {@code en}), or null when the workspace's applies. */
    public String getLanguage() {
        return language;
    }

    public boolean isLanguageChosen() {
        return languageChosen;
    }

    public boolean isQuietHours() {
        return quietHours;
    }

    public LocalTime getMyDayAt() {
        return myDayAt;
    }

    /**
     * What the platform says of the member (Slack's profile, Discord's locale), kept unless the
     * member chose otherwise; a zone the JDK does not know is ignored. True when anything changed.
     */
    boolean learn(String platformZone, String platformLanguage) {
        if (!learns(timeZone, timeZoneChosen, language, languageChosen, platformZone, platformLanguage)) {
            return false;
        }
        String zone = knownZone(platformZone);
        if (!timeZoneChosen && zone != null) {
            timeZone = zone;
        }
        String spoken = language(platformLanguage);
        if (!languageChosen && spoken != null) {
            language = spoken;
        }
        return true;
    }

    void chooseZone(String zone) {
        String known = knownZone(zone);
        if (known == null) {
            throw new io.salesbot.common.InvalidInputException("timeZone", "error.timeZone.unknown", zone);
        }
        timeZone = known;
        timeZoneChosen = true;
    }

    void chooseLanguage(String chosen) {
        language = language(chosen);
        languageChosen = true;
    }

    void quietHours(boolean on) {
        quietHours = on;
    }

    void myDayAt(LocalTime at) {
        myDayAt = at;
    }

    /**
     * Whether {@link #learn} would change a member whose own settings are these: read without the
     * entity, for a visitor entering as they were ({@code WorkspaceService}).
     */
    static boolean learns(
            String timeZone,
            boolean timeZoneChosen,
            String language,
            boolean languageChosen,
            String platformZone,
            String platformLanguage) {
        String zone = knownZone(platformZone);
        if (!timeZoneChosen && zone != null && !zone.equals(timeZone)) {
            return true;
        }
        String spoken = language(platformLanguage);
        return !languageChosen && spoken != null && !spoken.equals(language);
    }

    private static String knownZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone.strip()).getId();
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    /** A platform locale read as one of ours: {@code th-TH} reads Thai, any other English. */
    private static String language(String locale) {
        if (locale == null || locale.isBlank()) {
            return null;
        }
        return locale.strip().toLowerCase(Locale.ROOT).startsWith("th") ? "th" : "en";
    }
}
