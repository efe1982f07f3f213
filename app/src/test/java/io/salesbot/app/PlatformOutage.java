package io.salesbot.app;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stand-ins for the Slack and Discord health indicators (which exist only with a token), under
 * their names, that a test can take down: what {@code /actuator/health} and its probes show
 * while a chat platform is out. Up unless a test says otherwise, and put back up after it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlatformOutage {

    private static volatile boolean down;

    public static void begin() {
        down = true;
    }

    public static void end() {
        down = false;
    }

    @Bean
    HealthIndicator slackHealthIndicator() {
        return () -> down
                ? Health.down().withDetail("error", "Slack outage (test)").build()
                : Health.up().build();
    }

    @Bean
    HealthIndicator discordHealthIndicator() {
        return () -> down
                ? Health.down().withDetail("error", "Discord outage (test)").build()
                : Health.up().build();
    }
}
