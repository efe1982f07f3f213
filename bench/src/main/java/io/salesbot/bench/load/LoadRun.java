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

    /** One recorded step with the memory and CPU read beside it. */
    record Measured(OpenLoad.Step step, long residentMaxMb, Map<String, Double> cpuMillis) {}

    private final LoadOptions options;
    private final String team;
    private final JdbcTemplate jdbc;
    private final CommandMix mix;
    private final Map<CommandTarget, ChildProcess> targets;
    private final CpuMeter cpu;

    LoadRun(
            LoadOptions options,
            String team,
            JdbcTemplate jdbc,
            CommandMix mix,
            Map<CommandTarget, ChildProcess> targets) {
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
    }

    List<Measured> run() throws InterruptedException {
        double warmupRate = Math.min(50, options.rates()[options.rates().length - 1]);
        for (CommandTarget target : targets.keySet()) {
            log("warming up %s: %d s at %.0f/s", target.name(), options.warmupSeconds(), warmupRate);
            OpenLoad.run(target, mix, warmupRate, Duration.ofSeconds(options.warmupSeconds()));
            quiet();
        }
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
        Map<String, Long> before = cpu.snapshot();
        OpenLoad.Step step;
        try {
            step = OpenLoad.run(target, mix, rate, Duration.ofSeconds(options.seconds()));
        } finally {
            sampler.shutdownNow();
        }
        Map<String, Double> spent = CpuMeter.between(before, cpu.snapshot());
        Measured result = new Measured(step, resident.get(), spent);
        log("%s", LoadReport.line(result));
        return result;
    }

    /** Waits for the app's due notifications to go out, then a moment for the machine to settle. */
    private void quiet() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
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

    static void log(String format, Object... args) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), String.format(java.util.Locale.ROOT, format, args));
    }
}
