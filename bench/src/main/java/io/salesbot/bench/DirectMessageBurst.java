package io.salesbot.bench;

import io.salesbot.notification.ChatNotifier;
import io.salesbot.notification.Delivery;
import io.salesbot.notification.DeliveryFailure;
import io.salesbot.notification.DeliveryTarget;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.task.NewTask;
import io.salesbot.task.TaskService;
import io.salesbot.values.Due;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import io.salesbot.workspace.WorkspaceService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code members} members, each with a task due in the same minute: how long from that minute until
 * every reminder DM was handed to the platform, through the real schedule (the reminder job at the
 * start of the minute) and the real outbox. The platform is simulated in process with Slack's rule
 * for {@code chat.postMessage}, one message a second per conversation (a second one within the
 * second is refused with 429 and Retry-After: 1, which the outbox honours), and a round trip of
 * {@code latency} per call. It counts what each member received: exactly one DM each is the
 * requirement.
 */
public final class DirectMessageBurst implements ChatNotifier {

    private final Duration latency;
    private final Map<String, Long> lastPostNanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicLong firstNanos = new AtomicLong();
    private final AtomicLong lastNanos = new AtomicLong();
    private volatile CountDownLatch expected = new CountDownLatch(0);

    public DirectMessageBurst(Duration latency) {
        this.latency = latency;
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public void deliver(
            String workspace, DeliveryTarget target, BotReply reply, ReplyLocale reader, Delivery delivery) {
        sleep(latency);
        // only the task reminders are measured (not a "my day" a member might get meanwhile)
        if (target.kind() != DeliveryTarget.Kind.MEMBER
                || !target.id().startsWith("burst-")
                || !(reply instanceof BotReply.Prompt prompt
                        && prompt.message().key().equals("notify.task"))) {
            return;
        }
        long now = System.nanoTime();
        Long last = lastPostNanos.put(target.id(), now);
        if (last != null && now - last < TimeUnit.SECONDS.toNanos(1)) {
            refused.incrementAndGet();
            throw DeliveryFailure.rateLimited(Duration.ofSeconds(1));
        }
        received.computeIfAbsent(target.id(), id -> new AtomicInteger()).incrementAndGet();
        firstNanos.compareAndSet(0, now);
        lastNanos.set(now);
        expected.countDown();
    }

    /** Seeds the members and their tasks, waits for the minute and its DMs, and says what happened. */
    String run(WorkspaceService workspaces, TaskService tasks, JdbcTemplate jdbc, int members)
            throws InterruptedException {
        String team = "burst-" + System.currentTimeMillis();
        Actor admin = workspaces.enter(new Visitor(Platform.CONSOLE, team, team, "burst-admin", "Admin", Role.ADMIN));
        // the minute after next: enough for seeding, and a whole minute's wait at most
        ZoneId zone = ZoneId.of("Asia/Bangkok");
        long seedStarted = System.nanoTime();
        Instant due = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(2));
        for (int i = 0; i < members; i++) {
            workspaces.addMember(admin, "burst-" + i, "Rep " + i, Role.REP);
        }
        // Reminders land at once whatever the hour of this run; the "my day" DM is not measured here.
        jdbc.update(
                "UPDATE member SET quiet_hours = FALSE, my_day_at = NULL WHERE workspace_id = ?", admin.workspaceId());
        LocalDateTime local = LocalDateTime.ofInstant(due, zone);
        Due dueAt = new Due(local.toLocalDate(), local.toLocalTime());
        jdbc.update("UPDATE workspace SET time_zone = ? WHERE id = ?", zone.getId(), admin.workspaceId());
        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT id FROM member WHERE workspace_id = ? AND platform_user_id LIKE 'burst-%' AND role = 'REP'",
                admin.workspaceId())) {
            Actor rep =
                    new Actor(admin.workspaceId(), ((Number) row.get("id")).longValue(), Role.REP, Platform.CONSOLE);
            tasks.create(rep, new NewTask("call the customer", null, dueAt, null));
        }
        double seeded = (System.nanoTime() - seedStarted) / 1e9;
        if (Instant.now().isAfter(due)) {
            return "seeding took %.0f s, past the due minute: run with fewer members".formatted(seeded);
        }
        expected = new CountDownLatch(members);
        long waitMillis = Duration.between(Instant.now(), due).toMillis();
        long dueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        boolean all = expected.await(waitMillis + Duration.ofMinutes(10).toMillis(), TimeUnit.MILLISECONDS);
        // a moment more, so a repeat that would follow the last one is seen
        Thread.sleep(3000);
        long twice = received.values().stream().filter(count -> count.get() > 1).count();
        return String.format(
                Locale.ROOT,
                "%,d members, tasks due at %s: %s; first DM %.1f s after the minute, last %.1f s after;"
                        + " %,d refused with 429 and retried; %d members got more than one (seeded in %.0f s)",
                members,
                due,
                all ? "all " + received.size() + " handed to the platform" : "only " + received.size() + " arrived",
                (firstNanos.get() - dueNanos) / 1e9,
                (lastNanos.get() - dueNanos) / 1e9,
                refused.get(),
                twice,
                seeded);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }
}
