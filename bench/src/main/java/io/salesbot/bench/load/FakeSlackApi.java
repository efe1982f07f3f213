package io.salesbot.bench.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the app under test reaches of Slack: the Web API methods it calls ({@code auth.test} at
 * start, {@code users.info} on a user's first command, {@code chat.postMessage} for notifications)
 * and the response URLs of the commands, whose posts complete the futures a sender waits on when
 * the app acks empty and answers later. Answers at once; counts calls per method.
 */
final class FakeSlackApi implements AutoCloseable {

    /** Users whose id starts with this are workspace admins (they may subscribe channels). */
    static final String ADMIN_PREFIX = "UADMIN";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "fake-slack");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, CompletableFuture<String>> responses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    FakeSlackApi() throws IOException {
        // Without nodelay the JDK server's replies wait ~40 ms for Nagle (see protocols/SLACK.md).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String responseUrl(String id) {
        return url() + "/respond/" + id;
    }

    /** Completes with the body posted to {@link #responseUrl(String)}; call before sending. */
    CompletableFuture<String> expectResponse(String id) {
        return responses.computeIfAbsent(id, key -> new CompletableFuture<>());
    }

    void forget(String id) {
        responses.remove(id);
    }

    /** Calls so far per method ({@code respond} for response URLs). */
    Map<String, Long> calls() {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach((method, count) -> counts.put(method, count.sum()));
        return counts;
    }

    long calls(String method) {
        LongAdder count = calls.get(method);
        return count == null ? 0 : count.sum();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.startsWith("/respond/")) {
                count("respond");
                String id = path.substring("/respond/".length());
                CompletableFuture<String> waiting = responses.remove(id);
                if (waiting != null) {
                    waiting.complete(body);
                }
                send(exchange, "ok", "text/plain");
                return;
            }
            String method = path.startsWith("/api/") ? path.substring(5) : path;
            count(method);
            // Which process asked: the app and the ack-only endpoint have tokens of their own.
            String token = exchange.getRequestHeaders().getFirst("Authorization");
            if (token != null && method.equals("auth.test")) {
                count(method + " by " + token.replaceFirst("^Bearer xoxb-load-", ""));
            }
            send(exchange, answer(method, body), "application/json");
        }
    }

    private void count(String method) {
        calls.computeIfAbsent(method, key -> new LongAdder()).increment();
    }

    private static String answer(String method, String body) {
        return switch (method) {
            case "auth.test" ->
                "{\"ok\":true,\"url\":\"https://load.slack.test/\",\"team\":\"Load\",\"user\":\"salesbot\","
                        + "\"team_id\":\"TLOAD\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
            case "users.info" -> user(param(body, "user"));
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + param(body, "users") + "\"}}";
            case "chat.postMessage" ->
                "{\"ok\":true,\"channel\":\"" + param(body, "channel") + "\",\"ts\":\"" + System.nanoTime() + "\"}";
            default -> "{\"ok\":true}";
        };
    }

    private static String user(String id) {
        boolean admin = id != null && id.startsWith(ADMIN_PREFIX);
        return "{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"real_name\":\"Load " + id
                + "\",\"is_admin\":" + admin + ",\"is_owner\":false,\"is_primary_owner\":false}}";
    }

    private static String param(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0
                    && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8)
                            .equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, String body, String contentType) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
