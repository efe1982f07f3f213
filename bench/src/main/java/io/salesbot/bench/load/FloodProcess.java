package io.salesbot.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The flood of {@link EdgeBench.Flood} in a JVM of its own, started under {@code nice}: on one
 * machine it stands in for senders on another. Its CPU is then read apart from the generator's,
 * its pauses are not the generator's, and at a low priority it takes mostly CPU that the app,
 * MariaDB and the generator leave over, while the app's cost of refusing it still competes with
 * the commands at equal priority. The child answers {@code mark} with the number of requests
 * sent so far and {@code stop} with the achieved rate and the outcomes.
 */
final class FloodProcess implements AutoCloseable {

    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;

    FloodProcess(URI endpoint, int threads, double perSecond, int nice, int bodySize, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of("nice", "-n", Integer.toString(nice)));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath)); // the runnable load jar, as for ack-only
        } else {
            command.addAll(List.of("-cp", classPath, LoadMain.class.getName()));
        }
        command.addAll(List.of(
                "flood",
                endpoint.toString(),
                Integer.toString(threads),
                Double.toString(perSecond),
                Integer.toString(bodySize)));
        process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String ready = answers.readLine();
        if (!"flooding".equals(ready)) {
            throw new IllegalStateException("flood process did not start (" + ready + "); see " + log);
        }
    }

    long pid() {
        return process.pid();
    }

    long sent() throws IOException {
        commands.println("mark");
        return Long.parseLong(answers.readLine());
    }

    /** Stops the flood: its achieved rate per second, and its outcomes as {@link EdgeBench#answers}. */
    String[] stop() throws IOException {
        commands.println("stop");
        return new String[] {answers.readLine(), answers.readLine()};
    }

    @Override
    public void close() throws InterruptedException {
        commands.close();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroy();
        }
    }

    /** The child: {@code flood <endpoint> <threads> <per second> <body size>}, driven through stdin. */
    static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<byte[]> bodies =
                new ArrayList<>(EdgeBench.shapes(Integer.parseInt(args[3])).values());
        try (EdgeBench.Flood flood = new EdgeBench.Flood(
                URI.create(args[0]), bodies, Integer.parseInt(args[1]), Double.parseDouble(args[2]))) {
            out.println("flooding");
            out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("mark")) {
                    out.println(flood.sent.sum());
                } else if (line.equals("stop")) {
                    flood.close();
                    Map<String, Long> outcomes = flood.outcomes();
                    out.println(flood.perSecond());
                    out.println(EdgeBench.answers(outcomes));
                }
                out.flush();
            }
        }
    }
}
