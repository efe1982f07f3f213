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
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Posts notifications to Discord: to a channel of the guild, or as a direct message to a member.
 * Each message carries its notification's key as an enforced nonce, so a retry after Discord took a
 * message but its answer was lost gets that message back instead of posting it twice. Failures are
 * told to the outbox as a rate limit (retry when Discord said), temporary (retry with backoff) or
 * permanent (unknown channel or user, no access: retrying cannot help).
 */
@Component
@Conditional(DiscordEnabled.class)
public class DiscordNotifier implements ChatNotifier {

    private final ShardManager shards;
    private final ReplyRenderer renderer;
    private final NotificationRequests requests;

    DiscordNotifier(@Lazy ShardManager shards, ReplyRenderer renderer, NotificationRequests requests) {
        this.shards = shards;
        this.renderer = renderer;
        this.requests = requests;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public void deliver(String guildId, DeliveryTarget target, BotReply reply, ReplyLocale reader, Delivery delivery) {
        Guild guild = shards.getGuildById(guildId);
        if (guild == null) {
            // Another instance runs this guild's shard: hand the row back for it to claim.
            throw DeliveryFailure.elsewhere("guild " + guildId + " is on a shard this instance does not run");
        }
        // Notifications are for everyone in the channel: no stage menu, never ephemeral.
        Rendered rendered = renderer.render(reply, reader);
        try {
            MessageChannel channel = target.kind() == DeliveryTarget.Kind.MEMBER
                    ? directMessages(guild, target)
                    : channel(guild, target);
            MessageCreateAction send = channel.sendMessage(rendered.toCreate());
            if (delivery.tracked()) {
                // JDA 6.5 always sends enforce_nonce: true with it; Discord then answers a repeat of this
                // nonce (same bot, recent minutes) with the message it already made.
                send.setNonce(delivery.key());
            }
            requests.await(send, "channels/" + channel.getId() + "/messages", target);
        } catch (InsufficientPermissionException missing) {
            throw NotificationRequests.missing(missing, target);
        }
    }

    private MessageChannel directMessages(Guild guild, DeliveryTarget target) {
        return requests.await(guild.getJDA().openPrivateChannelById(target.id()), "users/@me/channels", target);
    }

    private MessageChannel channel(Guild guild, DeliveryTarget target) {
        GuildMessageChannel channel = shards.getChannelById(GuildMessageChannel.class, target.id());
        if (channel == null || !channel.getGuild().getId().equals(guild.getId())) {
            throw DeliveryFailure.permanent(
                    "Discord channel " + target.id() + " is not visible in guild " + guild.getId());
        }
        return channel;
    }
}
