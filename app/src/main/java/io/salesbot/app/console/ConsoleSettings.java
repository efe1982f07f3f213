package io.salesbot.app.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the console runs: only when no chat platform is configured ({@code salesbot.slack.bot-token}
 * and {@code salesbot.discord.bot-token}, from {@code SLACK_BOT_TOKEN} and {@code DISCORD_BOT_TOKEN},
 * are blank), and never when {@code salesbot.console.enabled} is false (tests of other things).
 */
@ConfigurationProperties("salesbot")
record ConsoleSettings(
        @DefaultValue BotToken slack,
        @DefaultValue BotToken discord,
        @DefaultValue Console console) {

    /** {@code salesbot.slack.*} / {@code salesbot.discord.*}: only the token matters here. */
    record BotToken(String botToken) {

        boolean present() {
            return botToken != null && !botToken.isBlank();
        }
    }

    /** {@code salesbot.console.*}. */
    record Console(@DefaultValue("true") boolean enabled) {}

    boolean runs() {
        return console.enabled() && !slack.present() && !discord.present();
    }
}
