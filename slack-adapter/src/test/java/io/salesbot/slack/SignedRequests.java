package io.salesbot.slack;

import com.google.gson.Gson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to the app exactly as Slack does: form or JSON bodies, signed with the secret. */
final class SignedRequests {

    private static final Gson GSON = new Gson();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String endpoint;
    private final String secret;

    SignedRequests(int port, String secret) {
        this.endpoint = "http://127.0.0.1:" + port + "/slack/events";
        this.secret = secret;
    }

    /** A slash command, form-encoded as Slack sends it. */
    HttpResponse<String> command(Map<String, String> fields) {
        return send(form(fields), "application/x-www-form-urlencoded", Instant.now(), null, true);
    }

    /** An interaction (block_actions, view_submission): one form field {@code payload} of JSON. */
    HttpResponse<String> interaction(Object payload) {
        return send(
                form(Map.of("payload", GSON.toJson(payload))),
                "application/x-www-form-urlencoded",
                Instant.now(),
                null,
                true);
    }

    /** An Events API callback, raw JSON; {@code retryNum} adds Slack's retry headers. */
    HttpResponse<String> event(Object body, Integer retryNum) {
        return send(GSON.toJson(body), "application/json", Instant.now(), retryNum, true);
    }

    HttpResponse<String> send(String body, String contentType, Instant at, Integer retryNum, boolean sign) {
        String ts = String.valueOf(at.getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (sign) {
            request.header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature(ts, body, secret));
        }
        if (retryNum != null) {
            request.header("X-Slack-Retry-Num", retryNum.toString()).header("X-Slack-Retry-Reason", "http_timeout");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Exact bytes, signed over those bytes as Slack signs them, whatever they are; {@code secret}
     * null sends it unsigned.
     */
    HttpResponse<String> sendBytes(byte[] body, String contentType, String secret) {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            request.header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature(ts, body, secret));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields)
                .entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    static String signature(String ts, String body, String secret) {
        return signature(ts, body.getBytes(StandardCharsets.UTF_8), secret);
    }

    static String signature(String ts, byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + ts + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
