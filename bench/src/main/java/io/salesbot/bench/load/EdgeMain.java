package io.salesbot.bench.load;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code edge [--rates=25] [--seconds=30] [--warmup=20] [--flooders=4] [--flood-rate=0]
 * [--flood-nice=N] [--flood-body=1048576] [--rounds=50]}: the app's jar against strangers (see {@link EdgeBench}); prints the tables of
 * BENCHMARKS.md. {@code --flood-rate} paces the flood at that many requests per second in all
 * (0: each sender as fast as it gets answers); {@code --flood-nice} runs the flood in a JVM of
 * its own under {@code nice -n N} ({@link FloodProcess}) instead of in this one; {@code
 * --flood-body} is the size in bytes of the flood's bodies (the cap: the largest that is read). The first
 * rate of {@code --rates} is the signed commands' rate.
 */
final class EdgeMain {

    private EdgeMain() {}

    /** Each process's CPU as a share of one core; {@code flood} a column of its own when it ran apart. */
    private static String shares(Map<String, Double> millis, int seconds, boolean floodApart) {
        StringBuilder out = new StringBuilder();
        for (String name : new String[] {"app", "generator", "flood", "mariadbd", "others"}) {
            if (name.equals("flood") && !floodApart) {
                continue;
            }
            Double spent = millis.get(name);
            out.append(out.isEmpty() ? "" : " / ")
                    .append(spent == null ? "–" : String.format("%.0f %%", spent / (seconds * 10.0)));
        }
        return out.toString();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static void main(LoadOptions options, int flooders, double floodRate, Integer floodNice, int floodBody, int rounds)
            throws Exception {
        try (SystemsUnderTest systems = SystemsUnderTest.start(options);
                HikariDataSource pool = LoadMain.pool(options)) {
            System.out.printf("app ready in %.1f s%n", systems.appReady.toMillis() / 1e3);
            SlackHttpTarget app = systems.appTarget();
            CommandMix mix =
                    Seeder.seed(app, new JdbcTemplate(pool), systems.team, options.users(), options.dealsPerUser());
            URI endpoint = URI.create("http://127.0.0.1:" + systems.appPort + "/slack/events");
            Map<String, byte[]> shapes = EdgeBench.shapes(EdgeBench.CAP);

            System.out.println("\n(a) unsigned bodies of exactly the cap, one at a time, " + rounds + " each");
            System.out.println(EdgeBench.table(EdgeBench.refusals(endpoint, shapes, 5, rounds)));

            double rate = options.rates()[0];
            Duration step = Duration.ofSeconds(options.seconds());
            CpuMeter cpu = new CpuMeter(Map.of("app", systems.app.pid()));
            OpenLoad.run(app, mix, rate, Duration.ofSeconds(options.warmupSeconds()));
            System.out.println("load average before the commands: " + loadAverage());
            Map<String, Long> before = cpu.snapshot();
            OpenLoad.Step alone = OpenLoad.run(app, mix, rate, step);
            Map<String, Double> cpuAlone = CpuMeter.between(before, cpu.snapshot());
            Thread.sleep(options.settleSeconds() * 1000L);
            OpenLoad.Step flooded;
            double floodAchieved;
            long floodDuring;
            String floodOutcomes;
            Map<String, Double> cpuFlooded;
            if (floodNice == null) {
                try (EdgeBench.Flood flood = new EdgeBench.Flood(
                        endpoint, new ArrayList<>(EdgeBench.shapes(floodBody).values()), flooders, floodRate)) {
                    Thread.sleep(2_000); // the flood at full speed before the commands start
                    before = cpu.snapshot();
                    long sentBefore = flood.sent.sum();
                    flooded = OpenLoad.run(app, mix, rate, step);
                    cpuFlooded = CpuMeter.between(before, cpu.snapshot());
                    floodDuring = flood.sent.sum() - sentBefore;
                    flood.close();
                    floodAchieved = flood.perSecond();
                    floodOutcomes = EdgeBench.answers(flood.outcomes());
                }
            } else {
                try (FloodProcess flood = new FloodProcess(
                        endpoint,
                        flooders,
                        floodRate,
                        floodNice,
                        floodBody,
                        options.workDir().resolve("flood.log"))) {
                    CpuMeter withFlood = new CpuMeter(Map.of("app", systems.app.pid(), "flood", flood.pid()));
                    Thread.sleep(2_000);
                    before = withFlood.snapshot();
                    long sentBefore = flood.sent();
                    flooded = OpenLoad.run(app, mix, rate, step);
                    cpuFlooded = CpuMeter.between(before, withFlood.snapshot());
                    floodDuring = flood.sent() - sentBefore;
                    String[] stopped = flood.stop();
                    floodAchieved = Double.parseDouble(stopped[0]);
                    floodOutcomes = stopped[1];
                }
            }
            System.out.println("load average after: " + loadAverage());
            System.out.printf(
                    "(b) signed slash commands at %.0f/s for %d s, alone and during a flood of %d senders (%s)%n",
                    rate,
                    options.seconds(),
                    flooders,
                    (floodRate > 0 ? String.format("paced at %.0f/s", floodRate) : "each as fast as answered")
                            + (floodNice == null ? ", in this JVM" : ", in a JVM of its own at nice " + floodNice));
            System.out.println("| phase | commands | failed | p50 | p99 | max | CPU of one core: "
                    + (floodNice == null
                            ? "app / generator+flood / mariadbd / others |"
                            : "app / generator / flood / mariadbd / others |"));
            System.out.println("|---|---:|---:|---:|---:|---:|---|");
            for (Object[] row : List.of(new Object[] {"alone", alone, cpuAlone}, new Object[] {
                String.format("flood of %.0f unsigned requests/s of %d bytes", floodAchieved, floodBody),
                flooded,
                cpuFlooded
            })) {
                OpenLoad.Step s = (OpenLoad.Step) row[1];
                @SuppressWarnings("unchecked")
                Map<String, Double> spent = (Map<String, Double>) row[2];
                System.out.printf(
                        "| %s | %d | %d | %.1f ms | %.1f ms | %.1f ms | %s |%n",
                        row[0],
                        s.sent(),
                        s.failed(),
                        s.p50(),
                        s.p99(),
                        s.max(),
                        shares(spent, options.seconds(), floodNice != null));
            }
            double extraAppMillis = cpuFlooded.get("app") - cpuAlone.get("app");
            System.out.printf(
                    "app CPU per flood request: %.3f ms (%.0f ms more than alone over %d flood requests)%n",
                    floodDuring == 0 ? 0 : extraAppMillis / floodDuring, extraAppMillis, floodDuring);
            System.out.println("flood answers: " + floodOutcomes);
            System.out.println("command problems: alone " + alone.problems() + ", flooded " + flooded.problems());
        }
    }
}
