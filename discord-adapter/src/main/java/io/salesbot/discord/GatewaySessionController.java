package io.salesbot.discord;

import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * A session controller per JDA instance that connects to our configured gateway: a single JDA
 * never asks REST for the gateway URL, and sharing a controller would space logins 5 s apart.
 */
class GatewaySessionController extends ConcurrentSessionController {

    private final String gateway;

    GatewaySessionController(String gateway) {
        this.gateway = gateway;
    }

    @Override
    public String getGateway() {
        return gateway;
    }
}
