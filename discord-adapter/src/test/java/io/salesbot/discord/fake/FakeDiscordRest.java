package io.salesbot.discord.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Discord's REST API on a JDK HttpServer: answers the routes JDA uses, records every call, keeps
 * each channel's messages (honouring an enforced nonce as Discord does), and fails the calls a test
 * scripts with a {@link Fault}.
 */
public final class FakeDiscordRest {

    private final HttpServer server;
    private final Snowflakes ids;
    private final String botId;
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final ChannelMessages channels = new ChannelMessages();
    private final FaultScript faults = new FaultScript();

    FakeDiscordRest(Snowflakes ids, String botId) throws IOException {
        this.ids = ids;
        this.botId = botId;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v10/", this::handle);
        server.createContext("/attachments/", this::attachment);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    private final java.util.Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();

    /** Serves {@code content} as an uploaded file (Discord's CDN) and returns its URL. */
    public String upload(String name, byte[] content) {
        String path = "/attachments/" + ids.next() + "/" + name;
        files.put(path, content);
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private final java.util.concurrent.atomic.AtomicBoolean loseNextDownload =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** The next file download fails (404), as when Discord's CDN link has expired. */
    public void loseNextDownload() {
        loseNextDownload.set(true);
    }

    private final List<String> downloads = new CopyOnWriteArrayList<>();

    /** The paths of the files fetched from the fake CDN, oldest first. */
    public List<String> downloads() {
        return List.copyOf(downloads);
    }

    private void attachment(HttpExchange exchange) throws IOException {
        downloads.add(exchange.getRequestURI().getPath());
        byte[] content = loseNextDownload.getAndSet(false)
                ? null
                : files.get(exchange.getRequestURI().getPath());
        if (content == null) {
            exchange.sendResponseHeaders(404, -1);
        } else {
            exchange.sendResponseHeaders(200, content.length);
            exchange.getResponseBody().write(content);
        }
        exchange.close();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
    }

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    /** Waits until a call matching the filter has arrived, and returns the first such call. */
    public RecordedCall await(Predicate<RecordedCall> filter, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (RecordedCall call : calls) {
                if (filter.test(call)) {
                    return call;
                }
            }
            sleep();
        }
        throw new AssertionError("No matching call to the fake Discord within " + timeout + "; calls: " + calls);
    }

    /** The next call that matches {@code which} meets {@code fault} instead of a normal answer. */
    public void failNext(Predicate<RecordedCall> which, Fault fault) {
        faults.add(which, fault);
    }

    /** The messages a channel holds, each once however often its post was repeated. */
    public List<DataObject> messagesIn(String channelId) {
        return channels.in(channelId);
    }

    public List<RecordedCall> matching(Predicate<RecordedCall> filter) {
        List<RecordedCall> found = new ArrayList<>();
        calls.stream().filter(filter).forEach(found::add);
        return found;
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/api/v10/".length());
        String method = exchange.getRequestMethod();
        byte[] body = exchange.getRequestBody().readAllBytes();
        RecordedCall call = new RecordedCall(
                method,
                path,
                exchange.getRequestURI().getQuery(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                body);
        calls.add(call);
        Fault fault = faults.takeFor(call).orElse(null);
        if (fault instanceof Fault.Silence silence) {
            answerTooLate(exchange, call, silence);
        } else if (fault instanceof Fault.RateLimited limit) {
            send(exchange, Answer.rateLimited(limit));
        } else if (fault instanceof Fault.ErrorStatus error) {
            send(exchange, Answer.error(error.status(), error.status() + ": Server Error"));
        } else {
            send(exchange, answer(call));
        }
    }

    /** Holds the answer (created or not) until the client has given up; writing it then fails quietly. */
    private void answerTooLate(HttpExchange exchange, RecordedCall call, Fault.Silence silence) {
        Answer late = silence.afterCreating() ? answer(call) : Answer.empty(504);
        try {
            Thread.sleep(silence.silence().toMillis());
            send(exchange, late);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // What a timed-out client sees: nothing.
        } finally {
            exchange.close();
        }
    }

    private Answer answer(RecordedCall call) {
        try {
            return route(call);
        } catch (RuntimeException e) {
            return Answer.error(500, e.toString());
        }
    }

    private Answer route(RecordedCall call) {
        if (call.is("GET", "users/@me")) {
            return Answer.json(200, user(botId, "salesbot").put("bot", true));
        } else if (call.is("PUT", "applications/\\d+(/guilds/\\d+)?/commands")) {
            DataArray commands = call.jsonArray();
            DataArray answer = DataArray.empty();
            for (int i = 0; i < commands.length(); i++) {
                DataObject command = commands.getObject(i);
                answer.add(command.put("id", ids.next())
                        .put("application_id", botId)
                        .put("version", ids.next()));
            }
            return Answer.json(200, answer);
        } else if (call.is("POST", "interactions/\\d+/[^/]+/callback")) {
            return Answer.empty(204);
        } else if (call.is("DELETE", "webhooks/\\d+/[^/]+/messages/@original")) {
            return Answer.empty(204);
        } else if (call.is("POST", "webhooks/\\d+/[^/]+") || call.is("PATCH", "webhooks/\\d+/[^/]+/messages/.+")) {
            return Answer.json(200, message(ids.next(), call));
        } else if (call.is("POST", "channels/\\d+/messages")) {
            String channel = call.path().split("/")[1];
            return Answer.json(200, channels.post(channel, call.json(), () -> message(channel, call)));
        } else if (call.is("POST", "users/@me/channels")) {
            String recipient = call.json().getString("recipient_id");
            DataObject channel = DataObject.empty()
                    .put("id", FakeDiscord.dmChannelOf(recipient))
                    .put("type", 1)
                    .put("last_message_id", null)
                    .put("recipients", DataArray.empty().add(user(recipient, "user" + recipient)));
            return Answer.json(200, channel);
        }
        return Answer.error(404, "404: Not Found");
    }

    private DataObject message(String channelOrId, RecordedCall call) {
        DataObject sent = call.json();
        String channel = call.path().startsWith("channels/") ? channelOrId : FakeDiscord.INTERACTION_CHANNEL;
        return DataObject.empty()
                .put("id", ids.next())
                .put("type", 0)
                .put("channel_id", channel)
                .put("author", user(botId, "salesbot").put("bot", true))
                .put("content", sent.getString("content", ""))
                .put("timestamp", OffsetDateTime.now().toString())
                .put("edited_timestamp", null)
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("flags", sent.getInt("flags", 0))
                .put("embeds", DataArray.empty())
                .put("attachments", DataArray.empty())
                .put("mentions", DataArray.empty())
                .put("mention_roles", DataArray.empty())
                .put("components", DataArray.empty());
    }

    static DataObject user(String id, String name) {
        return DataObject.empty()
                .put("id", id)
                .put("username", name)
                .put("global_name", name)
                .put("discriminator", "0")
                .put("avatar", null);
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        if (answer.json() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
            return;
        }
        byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
