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

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.main.web-application-type")) {
            return;
        }
        boolean chat = hasText(environment.getProperty("salesbot.slack.bot-token"))
                || hasText(environment.getProperty("salesbot.discord.bot-token"));
        boolean forced = environment.getProperty("salesbot.web.enabled", Boolean.class, false);
        if (!chat && !forced) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "salesbotWebServerMode", Map.of("spring.main.web-application-type", "none")));
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
