package io.salesbot.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local stand-in for Slack's Web API, response URLs and upload URLs. It records every call and
 * answers like Slack does; a test can make a method fail next (a 429 with Retry-After, or an
 * {@code ok:false} error).
 */
public final class FakeSlack {

    /** One call that reached the fake: the path, Slack method (or "respond"/"upload"), headers and body. */
    public record Call(String path, String method, Map<String, List<String>> headers, byte[] raw) {

        public String body() {
            return new String(raw, StandardCharsets.UTF_8);
        }

        public Map<String, String> form() {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : body().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.put(key, value);
            }
            return form;
        }

        public String param(String name) {
            return form().get(name);
        }

        public JsonObject json() {
            return JsonParser.parseString(body()).getAsJsonObject();
        }
    }

    private record Failure(int status, String retryAfter, String error) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private final Set<String> admins = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ts = new AtomicInteger();
    private volatile String socketUrl = "ws://127.0.0.1:1/";

    public FakeSlack() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> fileList = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A file the user shared (files.list returns the newest first); its download needs the token. */
    public void share(String name, byte[] content) {
        files.put("/download/" + name, content);
        fileList.add(
                0,
                "{\"id\":\"F" + fileList.size() + "\",\"name\":\"" + name + "\",\"size\":" + content.length
                        + ",\"url_private_download\":\"" + url() + "/download/" + name + "\"}");
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String responseUrl(String name) {
        return url() + "/respond/" + name;
    }

    public void admin(String userId) {
        admins.add(userId);
    }

    public void socketModeUrl(String url) {
        socketUrl = url;
    }

    public void rateLimitNext(String method, int retryAfterSeconds) {
        failures.computeIfAbsent(method, m -> new ArrayDeque<>())
                .add(new Failure(429, String.valueOf(retryAfterSeconds), null));
    }

    public void serverErrorNext(String method) {
        failures.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Failure(503, null, null));
    }

    public void failNext(String method, String error) {
        failures.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Failure(200, null, error));
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<Call> calls(String method, Predicate<Call> matching) {
        return calls(method).stream().filter(matching).toList();
    }

    /** Waits until {@code count} calls of the method match (work after an ack runs in the background). */
    public List<Call> await(String method, Predicate<Call> matching, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<Call> found = calls(method, matching);
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("expected " + count + " " + method + " call(s), got " + calls(method, matching));
    }

    public List<Call> all() {
        return List.copyOf(calls);
    }

    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String method = path.startsWith("/api/")
                ? path.substring(5)
                : path.startsWith("/respond/") ? "respond" : path.startsWith("/upload/") ? "upload" : path;
        Call call = new Call(path, method, Map.copyOf(exchange.getRequestHeaders()), raw);
        calls.add(call);
        if (path.startsWith("/download/")) {
            byte[] file = files.get(path);
            boolean authorized = call.headers().getOrDefault("Authorization", List.of()).stream()
                    .anyMatch(value -> value.startsWith("Bearer xoxb-"));
            exchange.sendResponseHeaders(
                    file != null && authorized ? 200 : 404, file != null && authorized ? file.length : -1);
            if (file != null && authorized) {
                exchange.getResponseBody().write(file);
            }
            exchange.close();
            return;
        }
        Deque<Failure> queue = failures.get(method);
        Failure failure = queue == null ? null : queue.poll();
        if (failure != null && failure.status() != 200) {
            if (failure.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", failure.retryAfter());
            }
            send(
                    exchange,
                    failure.status(),
                    failure.status() == 429 ? "{\"ok\":false,\"error\":\"ratelimited\"}" : "Service Unavailable");
            return;
        }
        if (failure != null) {
            send(exchange, 200, "{\"ok\":false,\"error\":\"" + failure.error() + "\"}");
            return;
        }
        send(exchange, 200, answer(method, call));
    }

    private String answer(String method, Call call) {
        return switch (method) {
            case "respond" -> "ok";
            case "upload" -> "OK - " + call.raw().length;
            case "auth.test" ->
                "{\"ok\":true,\"url\":\"https://fake.slack.com/\",\"team\":\"Fake\",\"user\":\"salesbot\","
                        + "\"team_id\":\"TFAKE\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
            case "users.info" -> user(call.param("user"));
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + call.param("users") + "\"}}";
            case "chat.postMessage" ->
                "{\"ok\":true,\"channel\":\"" + call.param("channel") + "\",\"ts\":\"1700000000."
                        + String.format("%06d", ts.incrementAndGet()) + "\"}";
            case "files.getUploadURLExternal" ->
                "{\"ok\":true,\"upload_url\":\"" + url() + "/upload/F123\",\"file_id\":\"F123\"}";
            case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":[{\"id\":\"F123\",\"title\":\"chart\"}]}";
            case "files.info" -> "{\"ok\":true,\"file\":{\"id\":\"F123\"}}";
            case "files.list" -> "{\"ok\":true,\"files\":[" + String.join(",", fileList) + "]}";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
            default -> "{\"ok\":true}";
        };
    }

    private String user(String id) {
        boolean admin = admins.contains(id);
        return "{\"ok\":true,\"user\":{\"id\":\"" + id + "\",\"name\":\"" + id.toLowerCase()
                + "\",\"real_name\":\"Real " + id + "\",\"is_admin\":" + admin
                + ",\"is_owner\":false,\"is_primary_owner\":false}}";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
