package io.salesbot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * The session controller of our shards: it hands out the configured gateway URL and shard count,
 * so a proxy or a test's fake gateway works, and REST is never asked for them.
 */
class GatewaySessionController extends ConcurrentSessionController {

    private final String gateway;
    private final int shardTotal;

    GatewaySessionController(String gateway, int shardTotal) {
        this.gateway = gateway;
        this.shardTotal = shardTotal;
    }

    @Override
    public String getGateway() {
        return gateway;
    }

    /** The shard manager asks this instead of REST's gateway/bot: our URL and our shard count. */
    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(gateway, shardTotal);
    }
}
