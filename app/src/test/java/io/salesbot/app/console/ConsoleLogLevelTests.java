package io.salesbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The log level application.yml gives io.salesbot: ${SALESBOT_LOG_LEVEL:info}. */
class ConsoleLogLevelTests {

    @Test
    void isWarnOnTheConsoleSoTheWelcomeComesFirst() {
        assertThat(level(Map.of())).isEqualTo("warn");
        assertThat(level(Map.of("salesbot.slack.bot-token", " "))).isEqualTo("warn");
    }

    @Test
    void staysInfoForAServerOrWhenTheConsoleIsOff() {
        assertThat(level(Map.of("salesbot.slack.bot-token", "xoxb-1"))).isEqualTo("info");
        assertThat(level(Map.of("salesbot.discord.bot-token", "abc"))).isEqualTo("info");
        assertThat(level(Map.of("salesbot.console.enabled", "false"))).isEqualTo("info");
    }

    @Test
    void isWhatThePersonAskedForWhenSet() {
        assertThat(level(Map.of("SALESBOT_LOG_LEVEL", "info"))).isEqualTo("info");
        assertThat(level(Map.of("SALESBOT_LOG_LEVEL", "debug", "salesbot.slack.bot-token", "xoxb-1")))
                .isEqualTo("debug");
    }

    private static String level(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        new ConsoleLogLevel().postProcessEnvironment(environment, null);
        return environment.resolvePlaceholders("${SALESBOT_LOG_LEVEL:info}");
    }
}
