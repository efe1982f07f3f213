package io.salesbot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A wake-up calls in the direct-message senders only when a direct message was added: a channel
 * post's wake-up runs the one delivery loop, which used to start a sender too, and that sender took
 * a connection and a transaction to find no DM, for every stage move.
 */
class NotificationTickerTests {

    private final OutboxSettings settings =
            new OutboxSettings(true, Duration.ofSeconds(1), 8, Duration.ofSeconds(2), Duration.ofMinutes(10), 4);
    private final RecordingWorker worker = new RecordingWorker(settings);
    private final NotificationConfiguration.Ticker ticker =
            new NotificationConfiguration.Ticker(worker, null, null, settings, Clock.systemUTC());

    @AfterEach
    void stop() {
        ticker.shutdown();
    }

    @Test
    void aChannelPostWakesTheDeliveryLoopAlone() throws InterruptedException {
        ticker.wake(DeliveryTarget.Kind.CHANNEL);

        assertThat(worker.runs.poll(5, TimeUnit.SECONDS)).isEqualTo("loop");
    }

    @Test
    void aDirectMessageCallsInTheSendersToo() throws InterruptedException {
        ticker.wake(DeliveryTarget.Kind.MEMBER);

        assertThat(worker.runs.poll(5, TimeUnit.SECONDS)).isEqualTo("loop and 4 senders");
    }

    @Test
    void aDirectMessageAmongChannelPostsIsNotLostInTheBurst() throws InterruptedException {
        worker.holdFirstRun = true;
        ticker.wake(DeliveryTarget.Kind.CHANNEL);
        assertThat(worker.started.poll(5, TimeUnit.SECONDS)).isNotNull();
        // While the first run is under way, a burst: channel posts and one DM collapse into one run.
        ticker.wake(DeliveryTarget.Kind.CHANNEL);
        ticker.wake(DeliveryTarget.Kind.MEMBER);
        ticker.wake(DeliveryTarget.Kind.CHANNEL);
        worker.release.put("go");

        assertThat(worker.runs.poll(5, TimeUnit.SECONDS)).isEqualTo("loop");
        assertThat(worker.runs.poll(5, TimeUnit.SECONDS)).isEqualTo("loop and 4 senders");
        assertThat(worker.runs.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    /** Records which delivery a wake-up asked for, instead of delivering. */
    private static final class RecordingWorker extends OutboxWorker {

        final BlockingQueue<String> runs = new LinkedBlockingQueue<>();
        final BlockingQueue<String> started = new LinkedBlockingQueue<>();
        final BlockingQueue<String> release = new LinkedBlockingQueue<>();
        volatile boolean holdFirstRun;

        RecordingWorker(OutboxSettings settings) {
            super(null, null, null, List.of(), null, settings, null, Clock.systemUTC());
        }

        @Override
        public int deliverDue() {
            record("loop");
            return 0;
        }

        @Override
        public int deliverDue(ExecutorService pool, int senders) {
            record("loop and " + senders + " senders");
            return 0;
        }

        private void record(String run) {
            if (holdFirstRun) {
                holdFirstRun = false;
                started.add(run);
                try {
                    release.take();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            runs.add(run);
        }
    }
}
