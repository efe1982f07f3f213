package io.salesbot.discord;

import net.dv8tion.jda.api.JDA;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Up while the gateway connection is live; JDA reconnects by itself, this says when it is not. */
@Component
@Conditional(DiscordEnabled.class)
class DiscordHealthIndicator implements HealthIndicator {

    private final JDA jda;

    DiscordHealthIndicator(JDA jda) {
        this.jda = jda;
    }

    @Override
    public Health health() {
        JDA.Status status = jda.getStatus();
        Health.Builder health = status == JDA.Status.CONNECTED ? Health.up() : Health.down();
        return health.withDetail("gateway", status.name().toLowerCase())
                .withDetail("guilds", jda.getGuildCache().size())
                .withDetail("pingMillis", jda.getGatewayPing())
                .build();
    }
}
