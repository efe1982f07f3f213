package io.salesbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ConsoleSettingsTests {

    @Test
    void runsWhenNoChatTokenIsSet() {
        assertThat(bind(Map.of()).runs()).isTrue();
        assertThat(bind(Map.of("salesbot.slack.bot-token", " ", "salesbot.discord.bot-token", ""))
                        .runs())
                .isTrue();
    }

    @Test
    void staysOffWhenSlackOrDiscordHasAToken() {
        assertThat(bind(Map.of("salesbot.slack.bot-token", "xoxb-1")).runs()).isFalse();
        assertThat(bind(Map.of("salesbot.discord.bot-token", "abc")).runs()).isFalse();
    }

    @Test
    void staysOffWhenDisabled() {
        assertThat(bind(Map.of("salesbot.console.enabled", "false")).runs()).isFalse();
    }

    private static ConsoleSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("salesbot", ConsoleSettings.class);
    }
}
