package io.salesbot.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the app's time goes, from its own metrics ({@code /actuator/prometheus}, opened with the
 * documented {@code SALESBOT_MANAGEMENT_ENDPOINTS}) read before and after a step: the time Spring
 * MVC spent on {@code /slack/events}, the core's command time, how long database connections were
 * waited for and held, how many were taken per command, and the garbage collector's pauses.
 */
final class AppMetrics {

    private record Sample(String name, String labels, double value) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    AppMetrics(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/actuator/prometheus");
    }

    /** The counters read now; {@link #breakdown} compares two readings. */
    Map<String, Double> read() {
        List<Sample> samples = scrape();
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("requests", sum(samples, "http_server_requests_seconds_count", "/slack/events"));
        totals.put("server", sum(samples, "http_server_requests_seconds_sum", "/slack/events"));
        totals.put("commands", sum(samples, "salesbot_commands_seconds_count", "platform=\"slack\""));
        totals.put("core", sum(samples, "salesbot_commands_seconds_sum", "platform=\"slack\""));
        totals.put("checkouts", sum(samples, "hikaricp_connections_usage_seconds_count", "salesbot"));
        totals.put("held", sum(samples, "hikaricp_connections_usage_seconds_sum", "salesbot"));
        totals.put("waited", sum(samples, "hikaricp_connections_acquire_seconds_sum", "salesbot"));
        totals.put("gc", sum(samples, "jvm_gc_pause_seconds_sum", ""));
        totals.put("gcs", sum(samples, "jvm_gc_pause_seconds_count", ""));
        return totals;
    }

    /** Per command, in milliseconds, between two readings (empty if the app exposes no metrics). */
    static Map<String, Double> breakdown(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> per = new LinkedHashMap<>();
        double requests = after.get("requests") - before.get("requests");
        double commands = after.get("commands") - before.get("commands");
        if (requests <= 0 || commands <= 0) {
            return per;
        }
        per.put("server ms", 1000 * (after.get("server") - before.get("server")) / requests);
        per.put("core ms", 1000 * (after.get("core") - before.get("core")) / commands);
        per.put("connection held ms", 1000 * (after.get("held") - before.get("held")) / commands);
        per.put("connection wait ms", 1000 * (after.get("waited") - before.get("waited")) / commands);
        per.put("checkouts", (after.get("checkouts") - before.get("checkouts")) / commands);
        per.put("gc pauses", after.get("gcs") - before.get("gcs"));
        per.put("gc pause ms", 1000 * (after.get("gc") - before.get("gc")));
        return per;
    }

    private List<Sample> scrape() {
        List<Sample> samples = new ArrayList<>();
        String text;
        try {
            text = http.send(HttpRequest.newBuilder(endpoint).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            return samples;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return samples;
        }
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int close = line.lastIndexOf('}');
            String name = brace > 0 ? line.substring(0, brace) : line.substring(0, line.indexOf(' '));
            String labels = brace > 0 ? line.substring(brace, close + 1) : "";
            String[] rest =
                    line.substring(brace > 0 ? close + 1 : name.length()).trim().split(" ");
            try {
                samples.add(new Sample(name, labels, Double.parseDouble(rest[0])));
            } catch (NumberFormatException e) {
                // not a sample line
            }
        }
        return samples;
    }

    private static double sum(List<Sample> samples, String name, String labelPart) {
        return samples.stream()
                .filter(s -> s.name().equals(name) && s.labels().contains(labelPart))
                .mapToDouble(Sample::value)
                .sum();
    }
}
