package io.salesbot.discord;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Discord settings under {@code salesbot.discord}: the bot token (the adapter is off when blank),
 * the REST base ({@code .../api/v10/}) and gateway URLs (Discord's when blank), and the guilds to
 * register commands in (global registration when empty).
 */
@ConfigurationProperties("salesbot.discord")
public record DiscordSettings(String botToken, String apiUrl, String gatewayUrl, List<String> guildIds) {

    static final String DISCORD_API = "https://discord.com/api/v10/";
    static final String DISCORD_GATEWAY = "wss://gateway.discord.gg";

    public DiscordSettings {
        apiUrl = blank(apiUrl) ? DISCORD_API : (apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        gatewayUrl = blank(gatewayUrl) ? DISCORD_GATEWAY : gatewayUrl;
        guildIds = guildIds == null
                ? List.of()
                : guildIds.stream().filter(id -> !blank(id)).map(String::strip).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        // The token is a secret: keep it out of logs and failure reports.
        return "DiscordSettings[apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", guildIds=" + guildIds + "]";
    }
}
