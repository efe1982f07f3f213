package io.salesbot.discord;

import java.util.Map;
import java.util.TreeMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Up while every shard this instance runs is connected; JDA reconnects by itself, this says when not. */
@Component
@Conditional(DiscordEnabled.class)
class DiscordHealthIndicator implements HealthIndicator {

    private final ShardManager shards;

    DiscordHealthIndicator(ShardManager shards) {
        this.shards = shards;
    }

    @Override
    public Health health() {
        Map<String, String> statuses = new TreeMap<>();
        boolean connected = !shards.getShards().isEmpty();
        for (JDA shard : shards.getShards()) {
            statuses.put(
                    String.valueOf(shard.getShardInfo().getShardId()),
                    shard.getStatus().name().toLowerCase());
            connected &= shard.getStatus() == JDA.Status.CONNECTED;
        }
        Health.Builder health = connected ? Health.up() : Health.down();
        return health.withDetail("shards", statuses)
                .withDetail("shardTotal", shards.getShardsTotal())
                .withDetail("guilds", shards.getGuildCache().size())
                .withDetail("pingMillis", Math.round(shards.getAverageGatewayPing()))
                .build();
    }
}
