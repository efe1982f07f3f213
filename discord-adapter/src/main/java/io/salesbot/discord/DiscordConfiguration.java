package io.salesbot.discord;

import io.salesbot.discord.interaction.InteractionRouter;
import io.salesbot.reply.MessageBundle;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Wires the JDA client when {@code salesbot.discord.bot-token} is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordEnabled.class)
@EnableConfigurationProperties(DiscordSettings.class)
class DiscordConfiguration {

    @Bean
    MessageBundle discordMessages() {
        return new MessageBundle("messages_discord");
    }

    /**
     * The shards this instance runs (all of them unless {@code shard-ids} says otherwise). The first
     * logs in (GET users/@me) while the context starts, so a wrong token fails the start-up; the
     * gateways connect in the background and commands are registered once they are ready.
     */
    @Bean(destroyMethod = "shutdown")
    ShardManager discordShards(DiscordSettings settings, InteractionRouter router) {
        DefaultShardManagerBuilder shards = DefaultShardManagerBuilder.createLight(settings.botToken())
                .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
                .setSessionController(new GatewaySessionController(settings.gatewayUrl(), settings.shardTotal()))
                .setShardsTotal(settings.shardTotal())
                .setCompression(Compression.NONE)
                .addEventListeners(router);
        if (!settings.shardIds().isEmpty()) {
            shards.setShards(settings.shardIds());
        }
        return shards.build();
    }
}
