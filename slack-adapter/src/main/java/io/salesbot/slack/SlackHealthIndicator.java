package io.salesbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether Slack accepts the bot token ({@code auth.test}), asked at most once a minute so frequent
 * health checks do not spend Slack's rate limit.
 */
@Component
@ConditionalOnSlack
class SlackHealthIndicator implements HealthIndicator {

    static final Duration FRESH = Duration.ofMinutes(1);

    private final SlackWeb web;
    private final Clock clock;
    private volatile Health last;
    private volatile Instant checkedAt = Instant.MIN;

    SlackHealthIndicator(SlackWeb web, Clock clock) {
        this.web = web;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        if (last == null || Duration.between(checkedAt, now).compareTo(FRESH) > 0) {
            last = check();
            checkedAt = now;
        }
        return last;
    }

    private Health check() {
        try {
            return Health.up().withDetail("team", web.authTest()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
