package io.salesbot.discord.notify;

import io.salesbot.discord.DiscordEnabled;
import io.salesbot.discord.render.Rendered;
import io.salesbot.discord.render.ReplyRenderer;
import io.salesbot.notification.ChatNotifier;
import io.salesbot.notification.Delivery;
import io.salesbot.notification.DeliveryFailure;
import io.salesbot.notification.DeliveryTarget;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Posts notifications to Discord: to a channel of the guild, or as a direct message to a member.
 * JDA waits out rate limits itself; what still fails is told to the outbox as temporary (retry with
 * backoff) or permanent (unknown channel or user, no access: retrying cannot help).
 */
@Component
@Conditional(DiscordEnabled.class)
public class DiscordNotifier implements ChatNotifier {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ShardManager shards;
    private final ReplyRenderer renderer;

    DiscordNotifier(@Lazy ShardManager shards, ReplyRenderer renderer) {
        this.shards = shards;
        this.renderer = renderer;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public void deliver(String guildId, DeliveryTarget target, BotReply reply, ReplyLocale reader, Delivery delivery) {
        // Notifications are for everyone in the channel: no stage menu, never ephemeral.
        Rendered rendered = renderer.render(reply, reader, List.of());
        RestAction<?> send;
        if (shards.getGuildById(guildId) == null) {
            // Another instance runs this guild's shard: hand the row back for it to claim.
            throw DeliveryFailure.elsewhere("guild " + guildId + " is on a shard this instance does not run");
        }
        if (target.kind() == DeliveryTarget.Kind.MEMBER) {
            JDA shard = shards.getGuildById(guildId).getJDA();
            send = shard.openPrivateChannelById(target.id()).flatMap(dm -> dm.sendMessage(rendered.toCreate()));
        } else {
            GuildMessageChannel channel = shards.getChannelById(GuildMessageChannel.class, target.id());
            if (channel == null || !channel.getGuild().getId().equals(guildId)) {
                throw DeliveryFailure.permanent(
                        "Discord channel " + target.id() + " is not visible in guild " + guildId);
            }
            send = channel.sendMessage(rendered.toCreate());
        }
        await(send, target);
    }

    private static void await(RestAction<?> send, DeliveryTarget target) {
        try {
            send.submit().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.temporary("interrupted", e);
        } catch (TimeoutException e) {
            throw DeliveryFailure.temporary("Discord did not answer in " + TIMEOUT.toSeconds() + "s", e);
        } catch (InsufficientPermissionException e) {
            throw DeliveryFailure.permanent("missing permission " + e.getPermission() + " for " + target);
        } catch (ExecutionException e) {
            throw translate(e.getCause(), target);
        }
    }

    private static DeliveryFailure translate(Throwable cause, DeliveryTarget target) {
        if (cause instanceof InsufficientPermissionException missing) {
            return DeliveryFailure.permanent("missing permission " + missing.getPermission() + " for " + target);
        }
        if (cause instanceof ErrorResponseException error) {
            ErrorResponse response = error.getErrorResponse();
            boolean permanent = switch (response) {
                case UNKNOWN_CHANNEL,
                        UNKNOWN_USER,
                        UNKNOWN_GUILD,
                        MISSING_ACCESS,
                        MISSING_PERMISSIONS,
                        CANNOT_SEND_TO_USER -> true;
                default -> false;
            };
            String reason = "Discord " + error.getErrorCode() + " " + error.getMeaning() + " for " + target;
            return permanent ? DeliveryFailure.permanent(reason) : DeliveryFailure.temporary(reason, error);
        }
        return DeliveryFailure.temporary("Discord delivery failed: " + cause, cause);
    }
}
