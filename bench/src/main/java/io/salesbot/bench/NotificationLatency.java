package io.salesbot.bench;

import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.notification.ChatNotifier;
import io.salesbot.notification.Delivery;
import io.salesbot.notification.DeliveryTarget;
import io.salesbot.notification.Notice;
import io.salesbot.notification.Outbox;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Time from {@code /opp won} returning to the platform receiving the channel's notification, with
 * a backlog of other notifications already waiting. The "platform" is an in-process notifier that
 * notes when each deal's notification arrives.
 */
public final class NotificationLatency implements ChatNotifier {

    private final Map<String, Long> arrived = new ConcurrentHashMap<>();
    private volatile CountDownLatch expected = new CountDownLatch(0);

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public void deliver(
            String workspace, DeliveryTarget target, BotReply reply, ReplyLocale reader, Delivery delivery) {
        if (target.id().equals("bench-channel") && reply instanceof BotReply.Text text) {
            arrived.put(String.valueOf(text.message().args().get(1)), System.nanoTime());
            expected.countDown();
        }
    }

    /** Milliseconds per won deal, sorted; {@code backlog} other notifications are queued first. */
    public double[] measure(CommandGateway gateway, Outbox outbox, int deals, int backlog) throws InterruptedException {
        String team = "latency-" + System.nanoTime();
        Caller admin = new Caller(
                new Visitor(Platform.CONSOLE, team, team, "admin", "Admin", Role.ADMIN), null, "bench-channel");
        gateway.handle(admin, "/salesbot notify won");
        for (int i = 0; i < deals; i++) {
            gateway.handle(admin, "/opp new \"Latency " + i + "\" amount:1m");
        }
        for (int i = 0; i < backlog; i++) {
            outbox.enqueue(
                    1,
                    DeliveryTarget.channel("backlog"),
                    team + ":backlog:" + i,
                    new Notice.DealCreated(0, "backlog", null, BigDecimal.ONE, null),
                    Instant.now());
        }
        expected = new CountDownLatch(deals);
        long[] wonAt = new long[deals];
        for (int i = 0; i < deals; i++) {
            gateway.handle(admin, "/opp won #" + (i + 1));
            wonAt[i] = System.nanoTime();
        }
        expected.await(60, TimeUnit.SECONDS);
        double[] millis = new double[deals];
        for (int i = 0; i < deals; i++) {
            Long at = arrived.get("Latency " + i);
            millis[i] = at == null ? Double.POSITIVE_INFINITY : (at - wonAt[i]) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return millis;
    }
}
