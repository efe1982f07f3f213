package io.salesbot.bench.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Posts slash commands to {@code POST /slack/events} exactly as Slack does: the form fields of a
 * slash command, {@code application/x-www-form-urlencoded}, signed with the signing secret and
 * the current {@code X-Slack-Request-Timestamp}. Each command has its own trigger id and response
 * URL on the fake Slack.
 *
 * <p>An answer counts when it is HTTP 200 and, if {@code expectsReply}, carries a reply that is not
 * an error (error replies start with a warning sign); an empty ack from the app means the answer
 * follows on the response URL, and then the command ends when that post arrives.
 */
final class SlackHttpTarget implements CommandTarget {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String name;
    private final URI endpoint;
    private final SlackSignature signature;
    private final String team;
    private final String channel;
    private final FakeSlackApi slack;
    private final boolean expectsReply;
    private final HttpClient http;
    private final AtomicLong triggers = new AtomicLong();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    SlackHttpTarget(
            String name,
            int port,
            String secret,
            String team,
            String channel,
            FakeSlackApi slack,
            boolean expectsReply) {
        this.name = name;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.signature = new SlackSignature(secret);
        this.team = team;
        this.channel = channel;
        this.slack = slack;
        this.expectsReply = expectsReply;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CompletableFuture<Outcome> send(CommandMix.Command command) {
        return send(command.user(), "/opp", command.text());
    }

    /** Any command line from any user of the team, e.g. {@code /salesbot notify stage}. */
    CompletableFuture<Outcome> send(String user, String command, String text) {
        String trigger = run + "." + triggers.incrementAndGet();
        CompletableFuture<String> later = expectsReply ? slack.expectResponse(trigger) : null;
        return http.sendAsync(request(user, command, text, trigger), HttpResponse.BodyHandlers.ofString(UTF_8))
                .thenCompose(response -> judge(response, later))
                .whenComplete((outcome, error) -> slack.forget(trigger));
    }

    /** Status and body of one command's ack, for a look at what the endpoint answers. */
    String probe(String user, String command, String text) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request(user, command, text, run + ".probe." + triggers.incrementAndGet()),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        return response.statusCode() + " " + response.body();
    }

    private HttpRequest request(String user, String command, String text, String trigger) {
        String body = form(user, command, text, trigger);
        long now = System.currentTimeMillis() / 1000;
        return HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", signature.sign(now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8))
                .build();
    }

    private CompletableFuture<Outcome> judge(HttpResponse<String> response, CompletableFuture<String> later) {
        long acked = System.nanoTime();
        if (response.statusCode() != 200) {
            return CompletableFuture.completedFuture(
                    Outcome.failed("HTTP " + response.statusCode()).ackedAt(acked, false));
        }
        if (!expectsReply) {
            return CompletableFuture.completedFuture(Outcome.OK.ackedAt(acked, false));
        }
        if (response.body().isBlank()) {
            // Acked empty: the answer comes on the response URL (slow answers, after the ack budget).
            return later.orTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .thenApply(SlackHttpTarget::reply)
                    .exceptionally(error -> Outcome.failed("no answer on response_url"))
                    .thenApply(outcome -> outcome.ackedAt(acked, true));
        }
        return CompletableFuture.completedFuture(reply(response.body()).ackedAt(acked, false));
    }

    private static Outcome reply(String json) {
        if (json.contains(":warning:")) {
            return Outcome.failed("error reply");
        }
        return json.contains("\"blocks\"") ? Outcome.OK : Outcome.failed("reply without blocks");
    }

    private String form(String user, String command, String text, String trigger) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "legacy-verification-token");
        fields.put("team_id", team);
        fields.put("team_domain", "load");
        fields.put("channel_id", channel);
        fields.put("channel_name", "sales");
        fields.put("user_id", user);
        fields.put("user_name", user.toLowerCase());
        fields.put("command", command);
        fields.put("text", text);
        fields.put("api_app_id", "ALOAD");
        fields.put("is_enterprise_install", "false");
        fields.put("response_url", slack.responseUrl(trigger));
        fields.put("trigger_id", trigger);
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
