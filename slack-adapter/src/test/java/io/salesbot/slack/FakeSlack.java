package io.salesbot.slack;

import com.google.gson.JsonArray;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A local stand-in for Slack's Web API, response URLs and upload URLs. It records every call,
 * keeps what Slack took in its channels ({@link FakeChannels}) and answers like Slack does; a test
 * can make a method fail next: a 429 with Retry-After, a 500, an {@code ok:false} error, or no
 * answer at all, either before Slack took the request or after.
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

    /** How the next call of a method goes wrong. */
    private sealed interface Fault {}

    /** An answer other than success: a status (429, 500) with its body, or ok:false. */
    private record Refusal(int status, String retryAfter, String body) implements Fault {}

    /** No answer at all until the caller gives up; {@code taken}: Slack did the work first. */
    private record Silence(boolean taken) implements Fault {}

    // Longer than any call timeout a test sets: the caller must give up, not see a closed connection.
    private static final Duration SILENCE = Duration.ofSeconds(60);

    private final HttpServer server;
    private final ExecutorService handlers;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Set<String> admins = ConcurrentHashMap.newKeySet();
    private final Map<String, String> realNames = new ConcurrentHashMap<>();
    private final FakeChannels channels = new FakeChannels();
    private final Map<String, String> uploadNames = new ConcurrentHashMap<>();
    private final AtomicInteger fileIds = new AtomicInteger();
    private volatile String socketUrl = "ws://127.0.0.1:1/";

    public FakeSlack() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // A pool, not the server's one thread: a call left unanswered must not hold up the others.
        handlers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-slack");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
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

    /** The file is deleted: files.list no longer returns it. */
    public void unshare(String name) {
        files.remove("/download/" + name);
        fileList.removeIf(file -> file.contains("\"name\":\"" + name + "\""));
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

    /** The member's full name as users.info reports it (otherwise "Real " and the id). */
    public void realName(String userId, String name) {
        realNames.put(userId, name);
    }

    public void socketModeUrl(String url) {
        socketUrl = url;
    }

    /** Slack's clock, which stamps messages' ts (the system clock unless a test moves its own). */
    public void clock(Supplier<Instant> clock) {
        channels.clock(clock);
    }

    public void rateLimitNext(String method, int retryAfterSeconds) {
        fault(method, new Refusal(429, String.valueOf(retryAfterSeconds), "{\"ok\":false,\"error\":\"ratelimited\"}"));
    }

    public void serverErrorNext(String method) {
        fault(method, new Refusal(503, null, "Service Unavailable"));
    }

    /** A 500 with Slack's own body for it. */
    public void internalErrorNext(String method) {
        fault(method, new Refusal(500, null, "{\"ok\":false,\"error\":\"internal_error\"}"));
    }

    public void failNext(String method, String error) {
        fault(method, new Refusal(200, null, "{\"ok\":false,\"error\":\"" + error + "\"}"));
    }

    /** The next call is never answered and Slack does nothing with it. */
    public void timeOutNext(String method) {
        fault(method, new Silence(false));
    }

    /** Slack does what the next call asks (posts the message, shares the file), then never answers. */
    public void timeOutAfterTakingNext(String method) {
        fault(method, new Silence(true));
    }

    private void fault(String method, Fault fault) {
        faults.computeIfAbsent(method, m -> new ArrayDeque<>()).add(fault);
    }

    /** The messages a channel (or a direct-message channel, {@code D<user>}) holds, oldest first. */
    public List<FakeChannels.Posted> messages(String channel) {
        return channels.messages(channel);
    }

    /** A message from someone other than the bot, with metadata (JSON) or null. */
    public void postAs(String channel, String user, String botId, String text, String metadata) {
        channels.postAs(channel, user, botId, text, metadata);
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
            pause();
        }
        throw new AssertionError("expected " + count + " " + method + " call(s), got " + calls(method, matching));
    }

    public List<Call> all() {
        return List.copyOf(calls);
    }

    public void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        Deque<Fault> queue = faults.get(method);
        Fault fault = queue == null ? null : queue.poll();
        if (fault instanceof Refusal refusal) {
            if (refusal.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", refusal.retryAfter());
            }
            send(exchange, refusal.status(), refusal.body());
        } else if (fault instanceof Silence silence) {
            if (silence.taken()) {
                answer(method, call);
            }
            neverAnswer(exchange);
        } else {
            send(exchange, 200, answer(method, call));
        }
    }

    private static void neverAnswer(HttpExchange exchange) {
        try {
            Thread.sleep(SILENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private String answer(String method, Call call) {
        return switch (method) {
            case "respond" -> "ok";
            case "upload" -> "OK - " + call.raw().length;
            case "auth.test" ->
                "{\"ok\":true,\"url\":\"https://fake.slack.com/\",\"team\":\"Fake\",\"user\":\"salesbot\","
                        + "\"team_id\":\"TFAKE\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
            case "users.info" -> user(call.param("user"));
            case "chat.getPermalink" ->
                "{\"ok\":true,\"channel\":\"" + call.param("channel")
                        + "\",\"permalink\":\"https://fake.slack.com/archives/" + call.param("channel") + "/p"
                        + call.param("message_ts").replace(".", "") + "\"}";
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + call.param("users") + "\"}}";
            case "chat.postMessage" -> posted(call);
            case "conversations.history" -> channels.history(call.form());
            case "files.getUploadURLExternal" -> uploadUrl(call);
            case "files.completeUploadExternal" -> shared(call);
            case "files.info" -> "{\"ok\":true,\"file\":{\"id\":\"" + call.param("file") + "\"}}";
            case "files.list" -> "{\"ok\":true,\"files\":[" + String.join(",", fileList) + "]}";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
            default -> "{\"ok\":true}";
        };
    }

    private String posted(Call call) {
        String channel = call.param("channel");
        String ts = channels.post(channel, call.param("text"), call.param("blocks"), call.param("metadata"));
        return "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\"}";
    }

    private String uploadUrl(Call call) {
        String id = "F" + fileIds.incrementAndGet();
        uploadNames.put(id, call.param("filename"));
        return "{\"ok\":true,\"upload_url\":\"" + url() + "/upload/" + id + "\",\"file_id\":\"" + id + "\"}";
    }

    /** Completing an upload with a channel shares the files there, in one message by the bot user. */
    private String shared(Call call) {
        JsonArray files = JsonParser.parseString(call.param("files")).getAsJsonArray();
        JsonArray described = new JsonArray();
        files.forEach(file -> {
            JsonObject full = file.getAsJsonObject().deepCopy();
            full.addProperty("name", uploadNames.getOrDefault(full.get("id").getAsString(), "file"));
            described.add(full);
        });
        if (call.param("channel_id") != null) {
            channels.share(call.param("channel_id"), described);
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        answer.add("files", described);
        return answer.toString();
    }

    private String user(String id) {
        JsonObject user = new JsonObject();
        user.addProperty("id", id);
        user.addProperty("name", id.toLowerCase());
        user.addProperty("real_name", realNames.getOrDefault(id, "Real " + id));
        user.addProperty("is_admin", admins.contains(id));
        user.addProperty("is_owner", false);
        user.addProperty("is_primary_owner", false);
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        answer.add("user", user);
        return answer.toString();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
