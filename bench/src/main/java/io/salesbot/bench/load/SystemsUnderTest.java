package io.salesbot.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The fake Slack and the processes measured: the real app ({@code salesbot.jar}) in Slack HTTP
 * mode against the real MariaDB, configured only through its documented environment variables,
 * and the ack-only Bolt endpoint. Both are separate JVMs, as in production, so their memory and
 * CPU can be read from {@code /proc}.
 */
final class SystemsUnderTest implements AutoCloseable {

    final FakeSlackApi slack;
    final String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    final String team = "TLOAD" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    final String channel = "CLOAD";
    private final List<AutoCloseable> started = new ArrayList<>();
    ChildProcess app;
    int appPort;
    Duration appReady;
    long appIdleResidentMb;
    ChildProcess ackOnly;
    int ackOnlyPort;

    private SystemsUnderTest() throws IOException {
        slack = new FakeSlackApi();
        started.add(slack);
    }

    static SystemsUnderTest start(LoadOptions options) throws IOException, InterruptedException {
        Files.createDirectories(options.workDir());
        SystemsUnderTest systems = new SystemsUnderTest();
        if (options.runs(LoadOptions.APP) || options.runs(LoadOptions.JDBC)) {
            systems.startApp(options);
        }
        if (options.runs(LoadOptions.ACK_ONLY)) {
            systems.startAckOnly(options);
        }
        return systems;
    }

    SlackHttpTarget appTarget() {
        return new SlackHttpTarget(LoadOptions.APP, appPort, secret, team, channel, slack, true);
    }

    SlackHttpTarget ackOnlyTarget() {
        return new SlackHttpTarget(LoadOptions.ACK_ONLY, ackOnlyPort, secret, team, channel, slack, false);
    }

    private void startApp(LoadOptions options) throws IOException, InterruptedException {
        appPort = ChildProcess.freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(options.appJavaOptions());
        command.addAll(List.of("-jar", options.appJar().toString()));
        command.addAll(options.appArguments());
        Map<String, String> environment = Map.of(
                "SALESBOT_DB_URL", options.dbUrl(),
                "SALESBOT_DB_USER", options.dbUser(),
                "SALESBOT_DB_PASSWORD", options.dbPassword(),
                "SALESBOT_HOME", options.workDir().resolve("home").toString(),
                "SLACK_BOT_TOKEN", "xoxb-load-app",
                "SLACK_SIGNING_SECRET", secret,
                "SLACK_API_URL", slack.url(),
                "SERVER_PORT", Integer.toString(appPort),
                "SALESBOT_CONSOLE_ENABLED", "false",
                // The app's own metrics say where its time goes (AppMetrics).
                "SALESBOT_MANAGEMENT_ENDPOINTS", "health,prometheus");
        app = ChildProcess.start("app", command, environment, options.workDir().resolve("app.log"));
        started.add(app);
        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + appPort + "/actuator/health");
        appReady = app.awaitReady(() -> up(http, health), Duration.ofMinutes(3));
        Thread.sleep(5_000); // settle before reading idle memory, as bench/startup.sh does
        appIdleResidentMb = app.residentMb();
    }

    private void startAckOnly(LoadOptions options) throws IOException, InterruptedException {
        ackOnlyPort = ChildProcess.freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath)); // the runnable load jar
        } else {
            command.addAll(List.of("-cp", classPath, LoadMain.class.getName()));
        }
        command.addAll(List.of("ack-only", Integer.toString(ackOnlyPort), slack.url(), secret));
        ackOnly = ChildProcess.start(
                "ack-only", command, Map.of(), options.workDir().resolve("ack-only.log"));
        started.add(ackOnly);
        ackOnly.awaitReady(() -> ChildProcess.listening(ackOnlyPort), Duration.ofMinutes(1));
    }

    private static boolean up(HttpClient http, URI health) {
        try {
            return http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }
}
