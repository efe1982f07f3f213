package io.salesbot.bench.load;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code edge [--rates=25] [--seconds=30] [--warmup=20] [--flooders=4] [--rounds=50]}: the app's
 * jar against strangers (see {@link EdgeBench}); prints the tables of BENCHMARKS.md. The first
 * rate of {@code --rates} is the signed commands' rate.
 */
final class EdgeMain {

    private EdgeMain() {}

    static void main(LoadOptions options, int flooders, int rounds) throws Exception {
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
            OpenLoad.run(app, mix, rate, Duration.ofSeconds(options.warmupSeconds()));
            long cpuBefore = systems.app.cpuNanos();
            OpenLoad.Step alone = OpenLoad.run(app, mix, rate, step);
            long cpuAlone = systems.app.cpuNanos() - cpuBefore;
            Thread.sleep(options.settleSeconds() * 1000L);
            OpenLoad.Step flooded;
            double floodRate;
            Map<String, Long> floodOutcomes;
            long cpuFlooded;
            try (EdgeBench.Flood flood = new EdgeBench.Flood(endpoint, new ArrayList<>(shapes.values()), flooders)) {
                Thread.sleep(2_000); // the flood at full speed before the commands start
                cpuBefore = systems.app.cpuNanos();
                flooded = OpenLoad.run(app, mix, rate, step);
                cpuFlooded = systems.app.cpuNanos() - cpuBefore;
                flood.close();
                floodRate = flood.perSecond();
                floodOutcomes = flood.outcomes();
            }
            System.out.printf(
                    "(b) signed slash commands at %.0f/s for %d s, alone and during a flood of %d senders%n",
                    rate, options.seconds(), flooders);
            System.out.println("| phase | commands | failed | p50 | p99 | max | app CPU |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            for (Object[] row : List.of(new Object[] {"alone", alone, cpuAlone}, new Object[] {
                String.format("flood of %.0f unsigned 1 MB requests/s", floodRate), flooded, cpuFlooded
            })) {
                OpenLoad.Step s = (OpenLoad.Step) row[1];
                System.out.printf(
                        "| %s | %d | %d | %.1f ms | %.1f ms | %.1f ms | %.0f %% |%n",
                        row[0],
                        s.sent(),
                        s.failed(),
                        s.p50(),
                        s.p99(),
                        s.max(),
                        100.0 * (long) row[2] / (options.seconds() * 1e9));
            }
            System.out.println("flood answers: " + floodOutcomes);
            System.out.println("command problems: alone " + alone.problems() + ", flooded " + flooded.problems());
        }
    }
}
