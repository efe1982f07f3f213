package io.salesbot.app.web;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the web server (Slack events, health, metrics) only when a chat platform is configured or
 * {@code salesbot.web.enabled=true}. The console-only default then needs no free port, so the
 * README's run command starts on any machine; an explicit {@code spring.main.web-application-type}
 * always wins.
 */
public class WebServerMode implements EnvironmentPostProcessor {

    private static final String TYPE = "spring.main.web-application-type";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.containsProperty(TYPE) && !serves(environment)) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource("salesbotWebServerMode", Map.of(TYPE, "none")));
        }
    }

    /** Whether this run has a web server: as set, or for a chat platform or {@code salesbot.web.enabled}. */
    public static boolean serves(ConfigurableEnvironment environment) {
        String type = environment.getProperty(TYPE);
        if (type != null) {
            return !type.equalsIgnoreCase("none");
        }
        return hasText(environment.getProperty("salesbot.slack.bot-token"))
                || hasText(environment.getProperty("salesbot.discord.bot-token"))
                || environment.getProperty("salesbot.web.enabled", Boolean.class, false);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
