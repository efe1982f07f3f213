package io.salesbot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.reply.BotReply;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Workspaces;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Direct messages go out several at a time beside the worker that posts to channels, and every
 * row, DM or post, goes out exactly once.
 */
class ParallelDirectMessagesIntegrationTests extends IntegrationTestBase {

    @Autowired
    OutboxWorker worker;

    @Autowired
    Outbox outbox;

    @Autowired
    RecordingNotifier platform;

    @Autowired
    Workspaces workspaceRows;

    @Test
    void everyDirectMessageAndChannelPostGoesOutExactlyOnce() throws InterruptedException {
        Actor admin = newWorkspace(Role.ADMIN);
        String team = workspaceRows.findById(admin.workspaceId()).orElseThrow().getExternalId();
        for (int i = 1; i <= 300; i++) {
            outbox.enqueue(
                    admin.workspaceId(), DeliveryTarget.member("U" + i), team + ":dm:" + i, news(i), clock.instant());
            if (i % 15 == 0) {
                outbox.enqueue(
                        admin.workspaceId(),
                        DeliveryTarget.channel("sales"),
                        team + ":post:" + i,
                        news(i),
                        clock.instant());
            }
        }

        CountingPool pool = new CountingPool(4);
        try {
            worker.deliverDue(pool, 4);
            // The senders go on by themselves: wait for them. The channel loop is the poll's, and
            // the poll comes back (every second in the app): a row it skipped as locked by a sender
            // at that instant is its to send next time, so poll as the app does while waiting.
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (unsent(admin) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
                worker.deliverDue();
            }
        } finally {
            pool.shutdown();
        }

        List<RecordingNotifier.Delivered> sent = platform.deliveredTo(team);
        List<String> members = sent.stream()
                .filter(one -> one.target().kind() == DeliveryTarget.Kind.MEMBER)
                .map(one -> one.target().id())
                .toList();
        assertThat(members).hasSize(300).doesNotHaveDuplicates();
        assertThat(sent.stream()
                        .filter(one -> one.target().kind() == DeliveryTarget.Kind.CHANNEL)
                        .map(one ->
                                ((BotReply.Text) one.reply()).message().args().get(0))
                        .toList())
                .containsExactlyInAnyOrder(
                        "15", "30", "45", "60", "75", "90", "105", "120", "135", "150", "165", "180", "195", "210",
                        "225", "240", "255", "270", "285", "300");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM outbox WHERE workspace_id = ? AND status <> 'SENT'",
                        Long.class,
                        admin.workspaceId()))
                .isZero();
        // the senders called each other in until four ran at once
        assertThat(pool.mostAtOnce.get()).isEqualTo(4);
    }

    @Test
    void aWakeUpWithNoDirectMessageDueStartsOneSenderNotAll() throws InterruptedException {
        int triedBefore = platform.attempts();
        CountingPool pool = new CountingPool(32);
        try {
            worker.deliverDue(pool, 32);
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        }

        // one sender looks; another joins only for each direct message found (other tests' rows may be due)
        int found = platform.attempts() - triedBefore;
        assertThat(pool.started.get()).isBetween(1, 1 + found);
    }

    /** A pool that counts the senders started and the most that ran at once. */
    static final class CountingPool extends java.util.concurrent.ThreadPoolExecutor {

        final java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();

        CountingPool(int threads) {
            super(
                    threads,
                    threads,
                    0,
                    java.util.concurrent.TimeUnit.SECONDS,
                    new java.util.concurrent.LinkedBlockingQueue<>());
        }

        @Override
        protected void beforeExecute(Thread thread, Runnable task) {
            started.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        }

        @Override
        protected void afterExecute(Runnable task, Throwable failure) {
            running.decrementAndGet();
        }
    }

    private long unsent(Actor admin) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox WHERE workspace_id = ? AND status <> 'SENT'",
                Long.class,
                admin.workspaceId());
    }

    private static Notice news(int number) {
        return new Notice.DealCreated(number, "Deal " + number, null, BigDecimal.TEN, "Ann");
    }
}
