package io.salesbot.bench.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load generator: commands leave at a fixed rate whatever the answers do, and each
 * latency is measured from the moment the command was due to leave, not from when it actually
 * left. A stall therefore shows in every command that should have been sent during it, instead
 * of being hidden by a sender that waited (coordinated omission).
 */
final class OpenLoad {

    /** Slack gives up on an ack after 3 seconds and shows the user an error. */
    static final long SLACK_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(3);

    private OpenLoad() {}

    /** One rate against one target: counts, throughput and latency in milliseconds. */
    record Step(
            String target,
            double rate,
            int sent,
            int ok,
            int failed,
            int overSlackLimit,
            int ackedLate,
            int answeredLater,
            double achieved,
            double mean,
            double p50,
            double p99,
            double max,
            double maxSendLagMillis,
            Map<CommandMix.Kind, double[]> p50p99ByKind,
            Map<String, Long> problems,
            long startEpochMillis,
            long intervalNanos,
            long[] latencyNanos) {}

    static Step run(CommandTarget target, CommandMix mix, double rate, Duration duration) throws InterruptedException {
        int count = (int) Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
        long interval = Math.round(1e9 / rate);
        long[] latency = new long[count];
        CommandMix.Kind[] kinds = new CommandMix.Kind[count];
        boolean[] good = new boolean[count];
        long[] ack = new long[count];
        boolean[] later = new boolean[count];
        Map<String, LongAdder> problems = new ConcurrentHashMap<>();
        AtomicLong lastAnswer = new AtomicLong();
        CountDownLatch answered = new CountDownLatch(count);
        long maxLag = 0;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
        long startEpochMillis = System.currentTimeMillis() + 5;
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            maxLag = Math.max(maxLag, System.nanoTime() - due);
            CommandMix.Command command = mix.next();
            kinds[i] = command.kind();
            CompletableFuture<CommandTarget.Outcome> answer;
            try {
                answer = target.send(command);
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            int index = i;
            answer.whenComplete((outcome, error) -> {
                long now = System.nanoTime();
                latency[index] = now - due;
                ack[index] = (error == null && outcome.ackedAt() != 0 ? outcome.ackedAt() : now) - due;
                later[index] = error == null && outcome.later();
                boolean ok = error == null && outcome.ok();
                good[index] = ok;
                if (!ok) {
                    String why = error != null ? error.getClass().getSimpleName() : outcome.problem();
                    problems.computeIfAbsent(why, key -> new LongAdder()).increment();
                }
                mix.done(command, ok);
                lastAnswer.accumulateAndGet(now, Math::max);
                answered.countDown();
            });
        }
        if (!answered.await(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
            throw new IllegalStateException(target.name() + ": answers still missing after the step");
        }
        return summary(
                target.name(),
                rate,
                start,
                startEpochMillis,
                interval,
                latency,
                kinds,
                good,
                ack,
                later,
                lastAnswer.get(),
                maxLag,
                problems);
    }

    private static Step summary(
            String target,
            double rate,
            long start,
            long startEpochMillis,
            long interval,
            long[] latency,
            CommandMix.Kind[] kinds,
            boolean[] good,
            long[] ack,
            boolean[] later,
            long lastAnswer,
            long maxLag,
            Map<String, LongAdder> problems) {
        int ok = 0;
        int slow = 0;
        int ackedLate = 0;
        int answeredLater = 0;
        for (int i = 0; i < latency.length; i++) {
            ok += good[i] ? 1 : 0;
            slow += latency[i] > SLACK_LIMIT_NANOS ? 1 : 0;
            ackedLate += ack[i] > SLACK_LIMIT_NANOS ? 1 : 0;
            answeredLater += later[i] ? 1 : 0;
        }
        // Answers per second from the first command due to the last answer (or the schedule's end).
        double window = Math.max(lastAnswer - start, interval * latency.length) / 1e9;
        Map<CommandMix.Kind, double[]> byKind = new EnumMap<>(CommandMix.Kind.class);
        for (CommandMix.Kind kind : CommandMix.Kind.values()) {
            long[] own = java.util.stream.IntStream.range(0, latency.length)
                    .filter(i -> kinds[i] == kind)
                    .mapToLong(i -> latency[i])
                    .sorted()
                    .toArray();
            if (own.length > 0) {
                byKind.put(kind, new double[] {millis(percentile(own, 50)), millis(percentile(own, 99))});
            }
        }
        long[] sorted = latency.clone();
        Arrays.sort(sorted);
        Map<String, Long> why = new TreeMap<>();
        problems.forEach((problem, n) -> why.put(problem, n.sum()));
        return new Step(
                target,
                rate,
                latency.length,
                ok,
                latency.length - ok,
                slow,
                ackedLate,
                answeredLater,
                ok / window,
                millis(Arrays.stream(sorted).sum() / sorted.length),
                millis(percentile(sorted, 50)),
                millis(percentile(sorted, 99)),
                millis(sorted[sorted.length - 1]),
                millis(maxLag),
                byKind,
                why,
                startEpochMillis,
                interval,
                latency);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
