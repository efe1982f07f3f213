package io.salesbot.bench.load;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Commands under load, in one run: starts the fake Slack, the app and the ack-only endpoint,
 * prepares a team through the app, then at each rate sends signed slash commands to the app, to
 * the ack-only endpoint, and does the same database work by plain JDBC, and prints the tables of
 * BENCHMARKS.md. See {@link LoadOptions} for the arguments and {@code bench/load.sh} for a run.
 * {@code ack-only <port> <api-url> <secret>} runs the ack-only endpoint itself (a child process).
 */
public final class LoadMain {

    private LoadMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("ack-only")) {
            AckOnlyBolt.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("flood")) {
            FloodProcess.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("edge")) {
            edge(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        LoadOptions options = LoadOptions.parse(args);
        // Interrupted (Ctrl-C, kill): take the app and the ack-only endpoint down too.
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
        try (SystemsUnderTest systems = SystemsUnderTest.start(options);
                HikariDataSource pool = pool(options)) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            System.out.printf(
                    "app ready in %.1f s, resident %d MB idle%n",
                    systems.appReady.toMillis() / 1e3, systems.appIdleResidentMb);
            SlackHttpTarget app = systems.appTarget();
            CommandMix mix = Seeder.seed(app, jdbc, systems.team, options.users(), options.dealsPerUser());
            if (options.probe()) {
                probe(systems, app, mix);
                return;
            }
            Map<CommandTarget, ChildProcess> targets = new LinkedHashMap<>();
            if (options.runs(LoadOptions.APP)) {
                targets.put(app, systems.app);
            }
            if (options.runs(LoadOptions.ACK_ONLY)) {
                targets.put(systems.ackOnlyTarget(), systems.ackOnly);
            }
            PlainJdbcCommands plain = new PlainJdbcCommands(pool, options.poolSize(), systems.team);
            if (options.runs(LoadOptions.JDBC)) {
                targets.put(plain, null);
            }
            long auths = systems.slack.calls("auth.test");
            List<LoadRun.Measured> results = new LoadRun(
                            options,
                            systems.team,
                            jdbc,
                            mix,
                            targets,
                            systems.app == null ? null : new AppMetrics(systems.appPort))
                    .run();
            plain.close();
            System.out.println();
            System.out.println(LoadReport.tables(results, options.seconds()));
            if (systems.app != null) {
                System.out.printf(
                        "app: ready in %.1f s; resident %d MB idle after start, %d MB now, %d MB peak (VmHWM)%n",
                        systems.appReady.toMillis() / 1e3,
                        systems.appIdleResidentMb,
                        systems.app.residentMb(),
                        systems.app.peakResidentMb());
            }
            System.out.println("fake Slack calls: " + systems.slack.calls() + " (auth.test during the steps: "
                    + (systems.slack.calls("auth.test") - auths) + ")");
        }
    }

    /** {@code edge}: strangers against the app's Slack endpoint ({@link EdgeMain}); only the app is started. */
    private static void edge(String[] args) throws Exception {
        List<String> loadArgs = new java.util.ArrayList<>(List.of("--targets=app", "--rates=25", "--warmup=20"));
        int flooders = 4;
        double floodRate = 0;
        Integer floodNice = null;
        int floodBody = EdgeBench.CAP;
        int rounds = 50;
        for (String arg : args) {
            if (arg.startsWith("--flooders=")) {
                flooders = Integer.parseInt(arg.substring("--flooders=".length()));
            } else if (arg.startsWith("--flood-nice=")) {
                floodNice = Integer.parseInt(arg.substring("--flood-nice=".length()));
            } else if (arg.startsWith("--flood-body=")) {
                floodBody = Integer.parseInt(arg.substring("--flood-body=".length()));
            } else if (arg.startsWith("--flood-rate=")) {
                floodRate = Double.parseDouble(arg.substring("--flood-rate=".length()));
            } else if (arg.startsWith("--rounds=")) {
                rounds = Integer.parseInt(arg.substring("--rounds=".length()));
            } else {
                loadArgs.add(arg); // later values win in LoadOptions
            }
        }
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
        EdgeMain.main(
                LoadOptions.parse(loadArgs.toArray(String[]::new)), flooders, floodRate, floodNice, floodBody, rounds);
    }

    private static void probe(SystemsUnderTest systems, SlackHttpTarget app, CommandMix mix) throws Exception {
        for (int i = 0; i < 3; i++) {
            CommandMix.Command command = mix.next();
            System.out.println("> /opp " + command.text() + " (" + command.user() + ")");
            System.out.println("< " + app.probe(command.user(), "/opp", command.text()));
            mix.done(command, true);
        }
        if (systems.ackOnly != null) {
            System.out.println("ack-only < " + systems.ackOnlyTarget().probe("U001", "/opp", "show #1"));
        }
        System.out.println("fake Slack calls: " + systems.slack.calls());
        System.out.println("app metrics: " + new AppMetrics(systems.appPort).read());
    }

    static HikariDataSource pool(LoadOptions options) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("plain-jdbc");
        pool.setJdbcUrl(options.dbUrl());
        pool.setUsername(options.dbUser());
        pool.setPassword(options.dbPassword());
        pool.setMaximumPoolSize(options.poolSize());
        return pool;
    }
}
