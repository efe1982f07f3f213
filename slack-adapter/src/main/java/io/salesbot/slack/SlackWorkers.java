package io.salesbot.slack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few threads for work that must not hold up Slack's 3-second ack. Deliberately not an {@code
 * Executor} bean: one would switch off Spring Boot's own task executor for the whole app.
 */
public class SlackWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackWorkers.class);

    private final ExecutorService pool;

    public SlackWorkers(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "slack-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, pool);
    }

    /** Runs the task later; a failure is logged, since nobody waits for it. */
    public void run(String what, Runnable task) {
        pool.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Slack background work failed: {}", what, e);
            }
        });
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
