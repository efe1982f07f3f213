package io.salesbot.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What strangers cost the Slack endpoint ({@code bench/load.sh --edge}). (a) Unsigned bodies of
 * exactly the cap, in the shapes that once made parsing slow, each sent one at a time without
 * signature headers and with fresh headers whose signature is wrong (the gate must then read the
 * body and hash it): the latency of each refusal. (b) Signed slash commands at a fixed rate, first
 * alone, then while flooders send unsigned cap-sized requests as fast as the app answers them: the
 * commands' p50 and p99 in both phases of the same run.
 */
final class EdgeBench {

    static final int CAP = 1024 * 1024;

    /** Cap-sized bodies that made the old field scan quadratic or are hostile in other ways. */
    static Map<String, byte[]> shapes(int size) {
        Map<String, byte[]> shapes = new LinkedHashMap<>();
        shapes.put("all '&'", repeated("&", size));
        shapes.put("all '='", repeated("=", size));
        shapes.put("'a=&' repeated", repeated("a=&", size));
        shapes.put("one huge field", padded("text=", 'x', size));
        shapes.put("percent escapes", repeated("%41", size));
        shapes.put("invalid UTF-8", repeated("\u00FF", size));
        shapes.put("nested JSON", repeated("{\"a\":[", size));
        shapes.put("slash commands", repeated("command=%2Fopp&text=new+deal%0A2026-01-01+ERROR+forged&", size));
        return shapes;
    }

    /**
     * Latency of refusals of one shape, and the outcomes: {@code "401"}, {@code "503"}, or the
     * exception's name when the server closed the connection before the client read an answer.
     */
    record Refusals(
            String shape, String signature, double p50, double p99, double max, Map<String, Integer> outcomes) {}

    /** Sends each shape {@code rounds} times (after {@code warmup}), unsigned and wrongly signed. */
    static List<Refusals> refusals(URI endpoint, Map<String, byte[]> shapes, int warmup, int rounds)
            throws IOException, InterruptedException {
        HttpClient http = client();
        List<Refusals> results = new ArrayList<>();
        for (Map.Entry<String, byte[]> shape : shapes.entrySet()) {
            for (boolean headers : new boolean[] {false, true}) {
                long[] nanos = new long[rounds];
                Map<String, Integer> outcomes = new TreeMap<>();
                for (int i = -warmup; i < rounds; i++) {
                    HttpRequest request = unsigned(endpoint, shape.getValue(), headers);
                    long start = System.nanoTime();
                    String outcome = outcome(http, request);
                    if (i >= 0) {
                        nanos[i] = System.nanoTime() - start;
                        outcomes.merge(outcome, 1, Integer::sum);
                    }
                }
                Arrays.sort(nanos);
                results.add(new Refusals(
                        shape.getKey(),
                        headers ? "wrong" : "none",
                        OpenLoad.percentile(nanos, 50) / 1e6,
                        OpenLoad.percentile(nanos, 99) / 1e6,
                        nanos[nanos.length - 1] / 1e6,
                        outcomes));
            }
        }
        return results;
    }

    /**
     * Unsigned cap-sized requests from {@code threads} senders, each as fast as it gets answers, or,
     * with {@code perSecond} above zero, all together at that rate (each sender paced, never ahead
     * of its schedule): the same flood for an app that answers faster, so that the senders' own CPU
     * on this machine does not grow with the app's speed.
     */
    static final class Flood implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> senders = new ArrayList<>();
        final LongAdder sent = new LongAdder();
        final AtomicLong bytes = new AtomicLong();
        final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        private final long started = System.nanoTime();
        private long stopped;

        Flood(URI endpoint, List<byte[]> bodies, int threads) {
            this(endpoint, bodies, threads, 0);
        }

        Flood(URI endpoint, List<byte[]> bodies, int threads, double perSecond) {
            long interval = perSecond > 0 ? (long) (threads * 1e9 / perSecond) : 0;
            for (int t = 0; t < threads; t++) {
                int first = t;
                Thread sender = new Thread(
                        () -> {
                            HttpClient http = client();
                            long due = System.nanoTime() + interval * first / threads;
                            for (int i = first; running.get(); i++) {
                                byte[] body = bodies.get(i % bodies.size());
                                if (interval > 0) {
                                    long wait = due - System.nanoTime();
                                    if (wait > 0) {
                                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                                    }
                                    due += interval;
                                }
                                String outcome;
                                try {
                                    outcome = outcome(http, unsigned(endpoint, body, i % 2 == 0));
                                } catch (InterruptedException e) {
                                    return;
                                }
                                sent.increment();
                                bytes.addAndGet(body.length);
                                outcomes.computeIfAbsent(outcome, key -> new LongAdder())
                                        .increment();
                            }
                        },
                        "flood-" + t);
                sender.setDaemon(true);
                sender.start();
                senders.add(sender);
            }
        }

        double perSecond() {
            return sent.sum() * 1e9 / ((stopped == 0 ? System.nanoTime() : stopped) - started);
        }

        Map<String, Long> outcomes() {
            Map<String, Long> counts = new TreeMap<>();
            outcomes.forEach((outcome, n) -> counts.put(outcome, n.sum()));
            return counts;
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            stopped = System.nanoTime();
            for (Thread sender : senders) {
                sender.join(30_000);
            }
        }
    }

    /** The status answered, or the name of the exception when there was no answer to read. */
    static String outcome(HttpClient http, HttpRequest request) throws InterruptedException {
        try {
            return Integer.toString(
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }

    /** Without signature headers, or with fresh headers whose signature is for other bytes. */
    static HttpRequest unsigned(URI endpoint, byte[] body, boolean wrongSignature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (wrongSignature) {
            long now = System.currentTimeMillis() / 1000;
            request.header("X-Slack-Request-Timestamp", Long.toString(now))
                    .header("X-Slack-Signature", new SlackSignature("not-the-secret").sign(now, "other"));
        }
        return request.build();
    }

    static String table(List<Refusals> refusals) {
        StringBuilder out = new StringBuilder(
                "| body of 1 MB | signature | p50 | p99 | max | answers |\n|---|---|---:|---:|---:|---|\n");
        for (Refusals r : refusals) {
            out.append(String.format(
                    "| %s | %s | %.1f ms | %.1f ms | %.1f ms | %s |%n",
                    r.shape(), r.signature(), r.p50(), r.p99(), r.max(), answers(r.outcomes())));
        }
        return out.toString();
    }

    static String answers(Map<String, ? extends Number> outcomes) {
        StringBuilder out = new StringBuilder();
        outcomes.forEach((outcome, n) -> out.append(out.isEmpty() ? "" : ", ")
                .append(outcome)
                .append(" × ")
                .append(n));
        return out.toString();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static byte[] repeated(String unit, int length) {
        byte[] source = unit.getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = source[i % source.length];
        }
        return bytes;
    }

    private static byte[] padded(String start, char fill, int length) {
        byte[] bytes = repeated(String.valueOf(fill), length);
        byte[] head = start.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
