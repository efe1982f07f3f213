package io.salesbot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class WebServerModeTests {

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                "-,          -,         -,     none",
                "xoxb-1,     -,         -,     -",
                "-,          discord,   -,     -",
                "-,          -,         true,  -",
                "'',         '',        false, none",
            })
    void runsTheWebServerOnlyForChatPlatformsOrWhenAskedTo(String slack, String discord, String web, String expected) {
        MockEnvironment environment = new MockEnvironment();
        set(environment, "salesbot.slack.bot-token", slack);
        set(environment, "salesbot.discord.bot-token", discord);
        set(environment, "salesbot.web.enabled", web);

        new WebServerMode().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo(expected);
    }

    private static void set(MockEnvironment environment, String key, String value) {
        if (value != null) {
            environment.setProperty(key, value);
        }
    }
}
