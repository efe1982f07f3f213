package io.salesbot.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;

/** The quick mode CI runs: the generator's clock, and signed commands against the ack-only endpoint. */
class LoadGeneratorTests {

    private final CommandMix mix = new CommandMix(List.of("U001", "U002"), new int[] {0, 1, 0, 1});

    @Test
    void measuresFromTheDueTimeSoAStallShowsInEveryCommandQueuedBehindIt() throws Exception {
        ExecutorService oneAtATime = Executors.newSingleThreadExecutor();
        AtomicInteger count = new AtomicInteger();
        CommandTarget stallsOnce = new CommandTarget() {
            @Override
            public String name() {
                return "stalls once";
            }

            @Override
            public CompletableFuture<Outcome> send(CommandMix.Command command) {
                int n = count.incrementAndGet();
                return CompletableFuture.supplyAsync(
                        () -> {
                            if (n == 10) {
                                sleep(300);
                            }
                            return Outcome.OK;
                        },
                        oneAtATime);
            }
        };

        OpenLoad.Step step = OpenLoad.run(stallsOnce, mix, 100, Duration.ofSeconds(1));
        oneAtATime.shutdown();

        // Timed from when each was sent, only the stalled command would be slow; from when each
        // was due, the ~30 commands due during the stall waited too: more than the slowest 1 %.
        assertThat(step.sent()).isEqualTo(100);
        assertThat(step.ok()).isEqualTo(100);
        assertThat(step.max()).isGreaterThanOrEqualTo(300);
        assertThat(step.p99()).isGreaterThan(200);
        assertThat(step.achieved()).isBetween(70.0, 101.0);
    }

    @Test
    void ackOnlyBoltAcceptsCommandsSignedAsSlackSignsThemAndRefusesOthers() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            Tomcat endpoint = AckOnlyBolt.start(0, slack.url(), "the-secret");
            try {
                int port = endpoint.getConnector().getLocalPort();
                SlackHttpTarget signed = new SlackHttpTarget("ack-only", port, "the-secret", "T1", "C1", slack, false);
                SlackHttpTarget forged =
                        new SlackHttpTarget("forged", port, "not-the-secret", "T1", "C1", slack, false);

                OpenLoad.Step step = OpenLoad.run(signed, mix, 50, Duration.ofMillis(1000));
                CommandTarget.Outcome refused =
                        forged.send("U001", "/opp", "show #1").join();

                assertThat(step.ok()).isEqualTo(50);
                assertThat(step.failed()).isZero();
                assertThat(refused.problem()).isEqualTo("HTTP 401");
            } finally {
                endpoint.stop();
                endpoint.destroy();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
