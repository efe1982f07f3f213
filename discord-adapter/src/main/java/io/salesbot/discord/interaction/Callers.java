package io.salesbot.discord.interaction;

import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.discord.DiscordEnabled;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.Interaction;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Who sent an interaction, in core terms. A guild is a workspace; Manage Server or Administrator
 * makes a newcomer an admin. A direct message acts in the guild the user last used here (kept in
 * memory), or after a restart in the one guild they are a member of (a reminder's buttons work the
 * next morning); a user of several guilds, or of none yet, is asked to use a server first.
 */
@Component
@Conditional(DiscordEnabled.class)
class Callers {

    private record Place(String guildId, String guildName) {}

    private final Map<String, Place> lastGuild = new ConcurrentHashMap<>();
    private final CommandGateway gateway;

    Callers(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** The caller, or empty for a direct message from someone we have not met in a guild. */
    Optional<Caller> of(Interaction interaction) {
        User user = interaction.getUser();
        String language = interaction.getUserLocale().getLocale();
        Guild guild = interaction.getGuild();
        if (guild == null) {
            Place place = lastGuild.computeIfAbsent(user.getId(), this::onlyGuildOf);
            if (place == null) {
                return Optional.empty();
            }
            Visitor visitor = new Visitor(
                            Platform.DISCORD, place.guildId(), place.guildName(), user.getId(), name(user, null), null)
                    .withClock(null, language);
            return Optional.of(new Caller(visitor, language, null));
        }
        String guildName = guildName(guild);
        lastGuild.put(user.getId(), new Place(guild.getId(), guildName));
        Member member = interaction.getMember();
        Role role = member != null
                        && (member.hasPermission(Permission.MANAGE_SERVER)
                                || member.hasPermission(Permission.ADMINISTRATOR))
                ? Role.ADMIN
                : Role.REP;
        // Discord says the member's language (their client's locale), never their time zone.
        Visitor visitor = new Visitor(
                        Platform.DISCORD, guild.getId(), guildName, user.getId(), name(user, member), role)
                .withClock(null, language);
        return Optional.of(new Caller(visitor, language, interaction.getChannelId()));
    }

    /** The one guild the user is a member of in our records, or null. */
    private Place onlyGuildOf(String userId) {
        return gateway.onlyWorkspaceOf(Platform.DISCORD, userId)
                .map(known -> new Place(known.externalId(), known.name()))
                .orElse(null);
    }

    private static String guildName(Guild guild) {
        try {
            return guild.getName();
        } catch (RuntimeException detached) {
            // A guild the bot has not cached (user-installed app) has only an id.
            return null;
        }
    }

    private static String name(User user, Member member) {
        if (member != null && member.getNickname() != null) {
            return member.getNickname();
        }
        return user.getEffectiveName();
    }
}
