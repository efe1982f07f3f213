package io.salesbot.app.console;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On the console Salesbot's own log level is WARN unless {@code SALESBOT_LOG_LEVEL} says otherwise:
 * the first thing a person at the terminal reads is the welcome, not the startup steps (which
 * a server's log keeps at INFO). Warnings and errors still go to stderr. The rule for "the console
 * runs" is {@link ConsoleSettings#runs()}'s: no chat token, and the console not switched off.
 */
public class ConsoleLogLevel implements EnvironmentPostProcessor {

    static final String LEVEL = "SALESBOT_LOG_LEVEL";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(LEVEL) || !consoleRuns(environment)) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("salesbotConsoleLogLevel", Map.of(LEVEL, "warn")));
    }

    static boolean consoleRuns(ConfigurableEnvironment environment) {
        boolean chat = hasText(environment.getProperty("salesbot.slack.bot-token"))
                || hasText(environment.getProperty("salesbot.discord.bot-token"));
        return !chat && environment.getProperty("salesbot.console.enabled", Boolean.class, true);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
