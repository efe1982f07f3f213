package io.salesbot.bench.load;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The measured part: every target warmed up first, then at each rate each target in turn (so a
 * disturbance of the shared machine falls on all three alike rather than on one), each step a few
 * unrecorded seconds at the rate and then the recorded ones. During a recorded step the process
 * under test's resident memory is sampled and the machine's CPU is split by process. After a step
 * the app's notifications are left to drain, so the next step starts from a quiet app.
 */
final class LoadRun {

    /** One recorded step with the memory, CPU and (for the app) its own metrics read beside it. */
    record Measured(
            OpenLoad.Step step, long residentMaxMb, Map<String, Double> cpuMillis, Map<String, Double> appTime) {}

    private final LoadOptions options;
    private final String team;
    private final JdbcTemplate jdbc;
    private final CommandMix mix;
    private final Map<CommandTarget, ChildProcess> targets;
    private final CpuMeter cpu;
    private final AppMetrics appMetrics;

    LoadRun(
            LoadOptions options,
            String team,
            JdbcTemplate jdbc,
            CommandMix mix,
            Map<CommandTarget, ChildProcess> targets,
            AppMetrics appMetrics) {
        this.options = options;
        this.team = team;
        this.jdbc = jdbc;
        this.mix = mix;
        this.targets = targets;
        Map<String, Long> pids = new LinkedHashMap<>();
        targets.forEach((target, process) -> {
            if (process != null) {
                pids.put(target.name(), process.pid());
            }
        });
        this.cpu = new CpuMeter(pids);
        this.appMetrics = appMetrics;
    }

    List<Measured> run() throws InterruptedException {
        double warmupRate = Math.min(50, options.rates()[options.rates().length - 1]);
        for (CommandTarget target : targets.keySet()) {
            log("warming up %s: %d s at %.0f/s", target.name(), options.warmupSeconds(), warmupRate);
            OpenLoad.run(target, mix, warmupRate, Duration.ofSeconds(options.warmupSeconds()));
            quiet();
        }
        Map<String, Long> idleFrom = cpu.snapshot();
        Thread.sleep(10_000);
        log("CPU of 10 s idle after the warm-up (ms): %s", CpuMeter.between(idleFrom, cpu.snapshot()));
        List<Measured> measured = new ArrayList<>();
        for (double rate : options.rates()) {
            for (Map.Entry<CommandTarget, ChildProcess> target : targets.entrySet()) {
                measured.add(step(target.getKey(), target.getValue(), rate));
                quiet();
            }
        }
        return measured;
    }

    private Measured step(CommandTarget target, ChildProcess process, double rate) throws InterruptedException {
        if (options.settleSeconds() > 0) {
            OpenLoad.run(target, mix, rate, Duration.ofSeconds(options.settleSeconds()));
        }
        AtomicLong resident = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        if (process != null) {
            sampler.scheduleAtFixedRate(
                    () -> resident.accumulateAndGet(process.residentMb(), Math::max), 0, 250, TimeUnit.MILLISECONDS);
        }
        boolean app = appMetrics != null && target.name().equals(LoadOptions.APP);
        Map<String, Double> metricsBefore = app ? appMetrics.read() : Map.of();
        Map<String, Long> before = cpu.snapshot();
        OpenLoad.Step step;
        try {
            step = OpenLoad.run(target, mix, rate, Duration.ofSeconds(options.seconds()));
        } finally {
            sampler.shutdownNow();
        }
        Map<String, Double> spent = CpuMeter.between(before, cpu.snapshot());
        Map<String, Double> appTime = app ? AppMetrics.breakdown(metricsBefore, appMetrics.read()) : Map.of();
        Measured result = new Measured(step, resident.get(), spent, appTime);
        log("%s", LoadReport.line(result));
        if (options.samples()) {
            writeSamples(step);
        }
        return result;
    }

    /**
     * Waits until the processes under test are idle (an overloaded app works off its backlog
     * after the step's answers have timed out) and the app's due notifications have gone out.
     */
    private void quiet() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (boolean busy = true; busy && Instant.now().isBefore(deadline); ) {
            Map<String, Long> from = cpu.snapshot();
            Thread.sleep(1_000);
            Map<String, Double> second = CpuMeter.between(from, cpu.snapshot());
            busy = targets.keySet().stream().anyMatch(target -> second.getOrDefault(target.name(), 0.0) > 100);
        }
        while (Instant.now().isBefore(deadline)
                && jdbc.queryForObject(
                                "SELECT COUNT(*) FROM outbox WHERE status = 'PENDING' AND next_attempt_at <= ?",
                                Long.class,
                                Timestamp.from(Instant.now()))
                        > 0) {
            Thread.sleep(200);
        }
        java.util.Set<Integer> inSecond =
                new java.util.HashSet<>(jdbc.queryForList("""
                SELECT o.number FROM opportunity o JOIN workspace w ON w.id = o.workspace_id
                JOIN stage s ON s.id = o.stage_id
                WHERE w.platform = 'SLACK' AND w.external_id = ? AND LOWER(REPLACE(s.name, ' ', '')) = ?""", Integer.class, team, CommandMix.OPEN_STAGES[1]));
        mix.resync(inSecond::contains);
        Thread.sleep(2_000);
    }

    /** Every command's latency by when it was due ({@code --samples}), to find stalls and what they line up with. */
    private void writeSamples(OpenLoad.Step step) {
        StringBuilder csv = new StringBuilder("due_epoch_ms,latency_ms\n");
        long[] latency = step.latencyNanos();
        for (int i = 0; i < latency.length; i++) {
            csv.append(String.format(
                    java.util.Locale.ROOT,
                    "%.3f,%.3f%n",
                    step.startEpochMillis() + i * step.intervalNanos() / 1e6,
                    latency[i] / 1e6));
        }
        java.nio.file.Path file = options.workDir()
                .resolve(String.format(
                        java.util.Locale.ROOT,
                        "%s-%.0f-%tH%<tM%<tS.csv",
                        step.target(),
                        step.rate(),
                        step.startEpochMillis()));
        try {
            java.nio.file.Files.writeString(file, csv);
        } catch (java.io.IOException e) {
            log("could not write %s: %s", file, e.getMessage());
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), String.format(java.util.Locale.ROOT, format, args));
    }
}
