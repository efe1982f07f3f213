package io.salesbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.ClassUtils;

class ConsoleAutoConfigurationsTests {

    @Test
    void theConsoleLeavesOutWhatOnlyAWebServerServes() {
        assertThat(excluded(Map.of())).contains("JacksonAutoConfiguration", "HealthEndpointAutoConfiguration");
        assertThat(excluded(Map.of("spring.main.web-application-type", "none")))
                .contains("JvmMetricsAutoConfiguration");
    }

    @Test
    void keepsTheMetricsRegistryThatCommandsCountInto() {
        assertThat(excluded(Map.of()))
                .doesNotContain(".MetricsAutoConfiguration", "SimpleMetricsExportAutoConfiguration");
    }

    @Test
    void aServerOrAConsoleWithItsWebServerKeepsEverything() {
        assertThat(excluded(Map.of("salesbot.slack.bot-token", "xoxb-1"))).isNull();
        assertThat(excluded(Map.of("salesbot.discord.bot-token", "abc"))).isNull();
        assertThat(excluded(Map.of("salesbot.console.enabled", "false"))).isNull();
        assertThat(excluded(Map.of("salesbot.web.enabled", "true"))).isNull();
        assertThat(excluded(Map.of("spring.main.web-application-type", "servlet")))
                .isNull();
    }

    @Test
    void theOperatorsExclusionsWin() {
        assertThat(excluded(Map.of(ConsoleAutoConfigurations.EXCLUDE, "x.Y"))).isEqualTo("x.Y");
    }

    @Test
    void everyNameIsAnAutoConfigurationOfThisBoot() {
        // A renamed class after a Spring Boot upgrade would silently stop being left out.
        assertThat(ConsoleAutoConfigurations.UNUSED_WITHOUT_WEB)
                .allSatisfy(name ->
                        assertThat(ClassUtils.isPresent(name, null)).as(name).isTrue());
    }

    private static String excluded(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        new ConsoleAutoConfigurations().postProcessEnvironment(environment, null);
        return environment.getProperty(ConsoleAutoConfigurations.EXCLUDE);
    }
}
