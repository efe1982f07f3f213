package io.salesbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ConsoleRepositoriesTests {

    @Test
    void areBuiltWhenFirstUsedOnTheConsole() {
        assertThat(mode(Map.of())).isEqualTo("lazy");
    }

    @Test
    void areBuiltAtStartForAServerOrWhenTheConsoleIsOff() {
        assertThat(mode(Map.of("salesbot.slack.bot-token", "xoxb-1"))).isNull();
        assertThat(mode(Map.of("salesbot.discord.bot-token", "abc"))).isNull();
        assertThat(mode(Map.of("salesbot.console.enabled", "false"))).isNull();
    }

    @Test
    void followTheOperatorWhenSet() {
        assertThat(mode(Map.of(ConsoleRepositories.MODE, "default"))).isEqualTo("default");
    }

    private static String mode(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        new ConsoleRepositories().postProcessEnvironment(environment, null);
        return environment.getProperty(ConsoleRepositories.MODE);
    }
}
