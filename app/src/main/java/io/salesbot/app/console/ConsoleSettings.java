package io.salesbot.app.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the console runs: only when no chat platform is configured ({@code salesbot.slack.bot-token}
 * and {@code salesbot.discord.bot-token}, from {@code SLACK_BOT_TOKEN} and {@code DISCORD_BOT_TOKEN},
 * are blank), and never when {@code salesbot.console.enabled} is false (tests of other things).
 *
 * @param slack The Slack settings this class reads: only the bot token.
 * @param discord The Discord settings this class reads: only the bot token.
 * @param console The console's own settings.
 */
@ConfigurationProperties("salesbot")
record ConsoleSettings(
        @DefaultValue BotToken slack,
        @DefaultValue BotToken discord,
        @DefaultValue Console console) {

    /**
     * {@code salesbot.slack.*} / {@code salesbot.discord.*}: only the token matters here.
     *
     * @param botToken The platform's bot token (SLACK_BOT_TOKEN, DISCORD_BOT_TOKEN): set, the
     *     platform runs and the console does not.
     */
    record BotToken(String botToken) {

        boolean present() {
            return botToken != null && !botToken.isBlank();
        }
    }

    /**
     * {@code salesbot.console.*}.
     *
     * @param enabled False keeps the console off even with no chat token (SALESBOT_CONSOLE_ENABLED).
     */
    record Console(@DefaultValue("true") boolean enabled) {}

    boolean runs() {
        return console.enabled() && !slack.present() && !discord.present();
    }
}
