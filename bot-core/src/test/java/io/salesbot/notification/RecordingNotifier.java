package io.salesbot.notification;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A console-platform notifier for tests: records what reached the "platform", and can be told to
 * fail the next deliveries in given ways.
 */
public class RecordingNotifier implements ChatNotifier {

    /** One delivery that reached the platform. */
    public record Delivered(String workspace, DeliveryTarget target, BotReply reply, ReplyLocale reader) {}

    private final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
    // Per workspace: the worker delivers every workspace's rows, and each test fails only its own.
    private final Map<String, Deque<Supplier<RuntimeException>>> failures = new HashMap<>();

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public void deliver(
            String workspaceExternalId, DeliveryTarget target, BotReply reply, ReplyLocale reader, Delivery delivery) {
        attempts.incrementAndGet();
        Supplier<RuntimeException> failure;
        synchronized (failures) {
            Deque<Supplier<RuntimeException>> queue = failures.get(workspaceExternalId);
            failure = queue == null ? null : queue.poll();
        }
        if (failure != null) {
            throw failure.get();
        }
        delivered.add(new Delivered(workspaceExternalId, target, reply, reader));
    }

    public void failNext(String workspaceExternalId, Supplier<RuntimeException> failure) {
        synchronized (failures) {
            failures.computeIfAbsent(workspaceExternalId, key -> new ArrayDeque<>())
                    .add(failure);
        }
    }

    /** Every delivery tried, of any workspace, failed ones included. */
    public int attempts() {
        return attempts.get();
    }

    public List<Delivered> deliveredTo(String workspaceExternalId) {
        return delivered.stream()
                .filter(d -> d.workspace().equals(workspaceExternalId))
                .toList();
    }
}
