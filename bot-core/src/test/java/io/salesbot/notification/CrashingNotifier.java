package io.salesbot.notification;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Passes deliveries to the platform, then "kills the process" right after the {@code crashAt}-th
 * one reached it, before the worker could record it as sent: an Error nothing in the worker catches.
 */
class CrashingNotifier implements ChatNotifier {

    static class Crash extends Error {
        Crash() {
            super("simulated kill -9");
        }
    }

    private final ChatNotifier platform;
    private final int crashAt;
    private final AtomicInteger deliveries = new AtomicInteger();

    CrashingNotifier(ChatNotifier platform, int crashAt) {
        this.platform = platform;
        this.crashAt = crashAt;
    }

    @Override
    public Platform platform() {
        return platform.platform();
    }

    @Override
    public void deliver(
            String workspace, DeliveryTarget target, BotReply reply, ReplyLocale reader, Delivery delivery) {
        platform.deliver(workspace, target, reply, reader, delivery);
        if (deliveries.incrementAndGet() == crashAt) {
            throw new Crash();
        }
    }
}
