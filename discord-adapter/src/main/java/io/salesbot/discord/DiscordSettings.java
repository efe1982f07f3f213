package io.salesbot.discord;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Discord settings under {@code salesbot.discord}: the bot token (the adapter is off when blank),
 * the REST base ({@code .../api/v10/}) and gateway URLs (Discord's when blank), and the guilds to
 * register commands in (global registration when empty). {@code shardTotal} splits the guilds into
 * shards; {@code shardIds} are the ones this instance runs (all when empty), so several instances
 * can share the guilds. {@code restTimeout} bounds each REST call (connect, send, wait for the
 * answer); {@code notificationTimeout} bounds one notification, JDA's rate-limit waits and its own
 * retries included, before the outbox takes the row back.
 *
 * @param botToken Discord bot token (DISCORD_BOT_TOKEN). Discord is off when unset.
 * @param apiUrl Discord REST base, .../api/v10/, for tests or a proxy (DISCORD_API_URL). Discord's
 *     own when unset.
 * @param gatewayUrl Discord gateway URL, for tests or a proxy (DISCORD_GATEWAY_URL). Discord's own
 *     when unset.
 * @param guildIds Server (guild) ids to register the commands in, comma-separated, for instant
 *     updates while trying it out (DISCORD_GUILD_IDS). Unset: global registration.
 * @param shardTotal How many shards the guilds are split into (DISCORD_SHARD_TOTAL, default 1).
 * @param shardIds The shards this instance runs, e.g. 0,1 (DISCORD_SHARD_IDS). Unset: all of them.
 * @param restTimeout The longest one Discord REST call may take (SALESBOT_DISCORD_REST_TIMEOUT,
 *     default 10s).
 * @param notificationTimeout The longest a notification waits for Discord, rate limits included,
 *     before going back to the outbox (SALESBOT_DISCORD_NOTIFICATION_TIMEOUT, default 30s).
 */
@ConfigurationProperties("salesbot.discord")
public record DiscordSettings(
        String botToken,
        String apiUrl,
        String gatewayUrl,
        List<String> guildIds,
        Integer shardTotal,
        List<Integer> shardIds,
        Duration restTimeout,
        Duration notificationTimeout) {

    static final String DISCORD_API = "https://discord.com/api/v10/";
    static final String DISCORD_GATEWAY = "wss://gateway.discord.gg";
    // OkHttp's own default, which JDA keeps: Discord answers in well under a second when healthy.
    static final Duration REST_TIMEOUT = Duration.ofSeconds(10);
    // JDA retries a timed-out call once, so this leaves room for two timeouts and a short rate limit.
    static final Duration NOTIFICATION_TIMEOUT = Duration.ofSeconds(30);

    public DiscordSettings {
        apiUrl = blank(apiUrl) ? DISCORD_API : (apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        gatewayUrl = blank(gatewayUrl) ? DISCORD_GATEWAY : gatewayUrl;
        guildIds = guildIds == null
                ? List.of()
                : guildIds.stream().filter(id -> !blank(id)).map(String::strip).toList();
        shardTotal = shardTotal == null || shardTotal < 1 ? 1 : shardTotal;
        shardIds = shardIds == null ? List.of() : List.copyOf(shardIds);
        restTimeout = positiveOr(restTimeout, REST_TIMEOUT);
        notificationTimeout = positiveOr(notificationTimeout, NOTIFICATION_TIMEOUT);
        for (int id : shardIds) {
            if (id < 0 || id >= shardTotal) {
                throw new IllegalArgumentException("DISCORD_SHARD_IDS " + shardIds
                        + " must lie between 0 and DISCORD_SHARD_TOTAL - 1 (" + (shardTotal - 1) + ")");
            }
        }
    }

    /** Whether the guilds are split over several shards (and so, maybe, over several instances). */
    public boolean sharded() {
        return shardTotal > 1;
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        // The token is a secret: keep it out of logs and failure reports.
        return "DiscordSettings[apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", guildIds=" + guildIds
                + ", shardTotal=" + shardTotal + ", shardIds=" + shardIds + ", restTimeout=" + restTimeout
                + ", notificationTimeout=" + notificationTimeout + "]";
    }
}
