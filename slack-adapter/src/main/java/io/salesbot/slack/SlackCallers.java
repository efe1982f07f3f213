package io.salesbot.slack;

import com.slack.api.model.User;
import io.salesbot.command.Caller;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a Slack team and user into the core's {@link Caller}. Slack's payloads do not say who is a
 * workspace admin, so the first sight of a user asks {@code users.info} (owners and admins start as
 * admins, everyone else as reps) and keeps the answer; the role only matters on first contact. The
 * same answer gives the member's time zone and locale, which the core keeps until they choose.
 */
@Component
@ConditionalOnSlack
public class SlackCallers {

    private static final Logger log = LoggerFactory.getLogger(SlackCallers.class);
    private static final int MAX_CACHED = 5_000;

    /** What users.info says of a member: role, name, and their time zone and locale (null when not said). */
    private record Profile(Role role, String name, String zone, String locale) {}

    private final SlackWeb web;
    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();

    SlackCallers(SlackWeb web) {
        this.web = web;
    }

    public Caller caller(String teamId, String teamName, String userId, String userName, String channelId) {
        Profile profile = profile(teamId + "/" + userId, userId, userName);
        Visitor visitor = new Visitor(Platform.SLACK, teamId, teamName, userId, profile.name(), profile.role())
                .withClock(profile.zone(), profile.locale());
        // Slack does not send the reader's language: null lets the workspace language decide.
        return new Caller(visitor, null, channelId);
    }

    private Profile profile(String key, String userId, String userName) {
        Profile known = profiles.get(key);
        if (known != null) {
            return known;
        }
        Profile fresh = lookUp(userId, userName);
        if (fresh == null) {
            // Without users:read (or with Slack down) they start as a rep; not kept, so we ask again.
            return new Profile(Role.REP, userName, null, null);
        }
        if (profiles.size() > MAX_CACHED) {
            profiles.clear();
        }
        profiles.put(key, fresh);
        return fresh;
    }

    private Profile lookUp(String userId, String userName) {
        try {
            User user = web.user(userId);
            boolean admin = user.isAdmin() || user.isOwner() || user.isPrimaryOwner();
            String name = user.getRealName() != null && !user.getRealName().isBlank() ? user.getRealName() : userName;
            return new Profile(admin ? Role.ADMIN : Role.REP, name, user.getTz(), user.getLocale());
        } catch (SlackCallFailed e) {
            log.warn("Could not look up Slack user {}: {}", userId, e.getMessage());
            return null;
        }
    }
}
