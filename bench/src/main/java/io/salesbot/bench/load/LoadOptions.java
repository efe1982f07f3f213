package io.salesbot.bench.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The load run's settings, from {@code --name=value} arguments (every one has a default): where
 * the database and the app's jar are, the rates, how long each step lasts, the team's size and
 * which targets run.
 */
record LoadOptions(
        String dbUrl,
        String dbUser,
        String dbPassword,
        Path appJar,
        List<String> appJavaOptions,
        List<String> appArguments,
        double[] rates,
        int seconds,
        int settleSeconds,
        int warmupSeconds,
        int users,
        int dealsPerUser,
        int poolSize,
        Set<String> targets,
        boolean probe,
        Path workDir,
        boolean samples) {

    static final String APP = "app";
    static final String ACK_ONLY = "ack-only";
    static final String JDBC = "jdbc";

    static LoadOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            int eq = arg.indexOf('=');
            given.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        return new LoadOptions(
                given.getOrDefault("db-url", "jdbc:mariadb://127.0.0.1:3306/salesbot_load"),
                given.getOrDefault("db-user", "root"),
                given.getOrDefault("db-password", ""),
                Path.of(given.getOrDefault("app-jar", "app/target/salesbot.jar")),
                words(given.getOrDefault("app-java-opts", "")),
                words(given.getOrDefault("app-args", "")),
                Arrays.stream(given.getOrDefault("rates", "25,50,100,200,400").split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray(),
                Integer.parseInt(given.getOrDefault("seconds", "30")),
                Integer.parseInt(given.getOrDefault("settle", "5")),
                Integer.parseInt(given.getOrDefault("warmup", "60")),
                Integer.parseInt(given.getOrDefault("users", "20")),
                Integer.parseInt(given.getOrDefault("deals", "50")),
                // The app's Hikari pool is left at Hikari's default size, 10.
                Integer.parseInt(given.getOrDefault("pool", "10")),
                Set.copyOf(List.of(given.getOrDefault("targets", APP + "," + ACK_ONLY + "," + JDBC)
                        .split(","))),
                Boolean.parseBoolean(given.getOrDefault("probe", "false")),
                Path.of(given.getOrDefault("work", System.getProperty("java.io.tmpdir") + "/salesbot-load")),
                Boolean.parseBoolean(given.getOrDefault("samples", "false")));
    }

    boolean runs(String target) {
        return targets.contains(target);
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }
}
