package io.salesbot.discord;

import io.salesbot.discord.interaction.InteractionRouter;
import io.salesbot.reply.MessageBundle;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
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

    /** Rate limits are kept in real time, like JDA's own: never the app's (in tests, frozen) clock. */
    @Bean
    RateLimits discordRateLimits(DiscordSettings settings) {
        return new RateLimits(settings.apiUrl(), Clock.systemUTC());
    }

    /**
     * The shards this instance runs (all of them unless {@code shard-ids} says otherwise). The first
     * logs in (GET users/@me) while the context starts, so a wrong token fails the start-up; the
     * gateways connect in the background and commands are registered once they are ready.
     */
    @Bean(destroyMethod = "shutdown")
    ShardManager discordShards(DiscordSettings settings, InteractionRouter router, RateLimits rateLimits) {
        // The bot never pings: what it says carries people's text (deal names, notes, member names),
        // and "@everyone" in one must stay text. Each message also says so itself (allowed_mentions).
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        DefaultShardManagerBuilder shards = DefaultShardManagerBuilder.createLight(settings.botToken())
                .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
                .setHttpClient(restClient(settings, rateLimits))
                .setSessionController(new GatewaySessionController(settings.gatewayUrl(), settings.shardTotal()))
                .setShardsTotal(settings.shardTotal())
                .setCompression(Compression.NONE)
                .addEventListeners(router);
        if (!settings.shardIds().isEmpty()) {
            shards.setShards(settings.shardIds());
        }
        return shards.build();
    }

    /**
     * Every REST call gives up after {@code rest-timeout}, and every answer passes the rate limits.
     * Its connection pool is the one of JDA's default client, which this one replaces.
     */
    private static OkHttpClient restClient(DiscordSettings settings, RateLimits rateLimits) {
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(5, 10, TimeUnit.SECONDS))
                .connectTimeout(settings.restTimeout())
                .readTimeout(settings.restTimeout())
                .writeTimeout(settings.restTimeout())
                .addInterceptor(rateLimits)
                .build();
    }
}
