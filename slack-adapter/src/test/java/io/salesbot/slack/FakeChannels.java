package io.salesbot.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What the fake Slack's channels hold: every message and file share that Slack took, with its ts,
 * author and metadata, and {@code conversations.history} over them as Slack answers it (newest
 * first, after {@code oldest}, metadata only with {@code include_all_metadata}, cursor pages).
 */
public final class FakeChannels {

    static final String BOT_USER = "UBOT";
    static final String BOT_ID = "BBOT";

    /** One message in a channel; {@code metadata} and {@code files} are null when it has none. */
    public record Posted(
            String ts, String user, String botId, String text, String blocks, JsonObject metadata, JsonArray files) {

        /** The id in Salesbot's metadata ({@code salesbot-<n>}), or null. */
        public String key() {
            return metadata == null || !metadata.has("event_payload")
                    ? null
                    : metadata.getAsJsonObject("event_payload").get("id").getAsString();
        }

        public List<String> fileNames() {
            List<String> names = new ArrayList<>();
            if (files != null) {
                files.forEach(
                        file -> names.add(file.getAsJsonObject().get("name").getAsString()));
            }
            return names;
        }

        JsonObject json(boolean withMetadata) {
            JsonObject message = new JsonObject();
            message.addProperty("type", "message");
            message.addProperty("ts", ts);
            message.addProperty("user", user);
            if (botId != null) {
                message.addProperty("bot_id", botId);
            }
            message.addProperty("text", text);
            if (blocks != null) {
                message.add("blocks", JsonParser.parseString(blocks));
            }
            if (files != null) {
                message.add("files", files);
                message.addProperty("upload", true);
            }
            if (metadata != null && withMetadata) {
                message.add("metadata", metadata);
            }
            return message;
        }
    }

    private final Map<String, List<Posted>> channels = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile Supplier<Instant> clock = Instant::now;

    /** Slack's clock, which stamps every message's ts; tests that move their own clock share it. */
    void clock(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /** A message as the bot posted it (chat.postMessage); returns its ts. */
    String post(String channel, String text, String blocks, String metadata) {
        return add(channel, BOT_USER, BOT_ID, text, blocks, metadata == null ? null : parse(metadata), null);
    }

    /** A message someone else posted: another app, or a person. */
    String postAs(String channel, String user, String botId, String text, String metadata) {
        return add(channel, user, botId, text, null, metadata == null ? null : parse(metadata), null);
    }

    /** The message Slack shares files with (files.completeUploadExternal): by the bot user, no bot id. */
    String share(String channel, JsonArray files) {
        return add(channel, BOT_USER, null, "", null, null, files);
    }

    List<Posted> messages(String channel) {
        return List.copyOf(channels.getOrDefault(channel, List.of()));
    }

    /** The JSON answer of conversations.history for these form parameters. */
    String history(Map<String, String> params) {
        BigDecimal oldest = number(params.get("oldest"), BigDecimal.ZERO);
        BigDecimal before = params.get("cursor") == null ? null : new BigDecimal(cursorTs(params.get("cursor")));
        boolean metadata =
                "true".equals(params.get("include_all_metadata")) || "1".equals(params.get("include_all_metadata"));
        int limit = Math.min(
                999, (int) number(params.get("limit"), BigDecimal.valueOf(100)).longValue());
        List<Posted> newestFirst = messages(params.get("channel")).stream()
                .filter(m -> new BigDecimal(m.ts()).compareTo(oldest) > 0)
                .filter(m -> before == null || new BigDecimal(m.ts()).compareTo(before) <= 0)
                .sorted(Comparator.comparing((Posted m) -> new BigDecimal(m.ts()))
                        .reversed())
                .toList();
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        JsonArray page = new JsonArray();
        newestFirst.stream().limit(limit).forEach(m -> page.add(m.json(metadata)));
        answer.add("messages", page);
        boolean more = newestFirst.size() > limit;
        answer.addProperty("has_more", more);
        answer.addProperty("pin_count", 0);
        if (more) {
            JsonObject next = new JsonObject();
            next.addProperty("next_cursor", cursor(newestFirst.get(limit).ts()));
            answer.add("response_metadata", next);
        }
        return answer.toString();
    }

    private String add(
            String channel,
            String user,
            String botId,
            String text,
            String blocks,
            JsonObject metadata,
            JsonArray files) {
        // Slack's ts: seconds and a sequence, unique and increasing even while a test's clock stands still.
        String ts = clock.get().getEpochSecond() + "." + String.format("%06d", sequence.incrementAndGet() % 1_000_000);
        channels.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>())
                .add(new Posted(ts, user, botId, text, blocks, metadata, files));
        return ts;
    }

    private static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private static BigDecimal number(String value, BigDecimal fallback) {
        return value == null || value.isBlank() ? fallback : new BigDecimal(value);
    }

    // Slack's cursors are opaque base64; this one names the ts the next page starts at.
    private static String cursor(String ts) {
        return Base64.getEncoder().encodeToString(("next_ts:" + ts).getBytes(StandardCharsets.UTF_8));
    }

    private static String cursorTs(String cursor) {
        return new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8).substring("next_ts:".length());
    }
}
