package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.salesbot.IntegrationTestBase;
import io.salesbot.TestApplication;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Boots the core with the Slack adapter on a random port, against the test MariaDB and a fake
 * Slack. Each test gets its own team, channel and user ids, so tests never see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = TestApplication.class)
abstract class SlackTestBase extends IntegrationTestBase {

    static final String SECRET = "test-signing-secret";
    static final FakeSlack SLACK = new FakeSlack();

    @LocalServerPort
    int port;

    SignedRequests slack;
    String team;
    String channel;
    String user;

    @DynamicPropertySource
    static void slackSettings(DynamicPropertyRegistry registry) {
        registry.add("salesbot.slack.bot-token", () -> "xoxb-test-token");
        registry.add("salesbot.slack.signing-secret", () -> SECRET);
        registry.add("salesbot.slack.api-url", SLACK::url);
        // The most Slack allows: a loaded CI machine should not turn a direct answer into a late one.
        registry.add("salesbot.slack.ack-budget", () -> "2500ms");
        registry.add("salesbot.outbox.enabled", () -> "false");
    }

    @BeforeEach
    void newTeam() {
        slack = new SignedRequests(port, SECRET);
        String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        team = "T" + id;
        channel = "C" + id;
        user = "U" + id;
    }

    /** A slash command as Slack would post it; its response_url is named after the trigger. */
    HttpResponse<String> command(String command, String text) {
        return commandAs(user, command, text, "trig-" + UUID.randomUUID());
    }

    HttpResponse<String> commandAs(String userId, String command, String text, String trigger) {
        return slack.command(slashCommand(team, channel, userId, command, text, trigger, SLACK.responseUrl(trigger)));
    }

    /** The form fields of a slash command as Slack posts them. */
    static Map<String, String> slashCommand(
            String team,
            String channel,
            String userId,
            String command,
            String text,
            String trigger,
            String responseUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "legacy-verification-token");
        fields.put("team_id", team);
        fields.put("team_domain", "acme");
        fields.put("channel_id", channel);
        fields.put("channel_name", "sales");
        fields.put("user_id", userId);
        fields.put("user_name", userId.toLowerCase());
        fields.put("command", command);
        fields.put("text", text);
        fields.put("api_app_id", "A1");
        fields.put("response_url", responseUrl);
        fields.put("trigger_id", trigger);
        return fields;
    }

    /** Waits until the team has a deal of this name: under load a command finishes after its ack. */
    void awaitDeal(String name) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (deals(name) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(deals(name)).as("deals named " + name).isEqualTo(1);
    }

    private long deals(String name) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM opportunity o JOIN workspace w ON w.id = o.workspace_id"
                        + " WHERE w.external_id = ? AND o.name = ?",
                Long.class,
                team,
                name);
    }

    static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** All texts in blocks (sections, fields, contexts, buttons), to assert what a person reads. */
    static String texts(JsonArray blocks) {
        return blocks.toString();
    }

    static List<FakeSlack.Call> responses(String trigger) {
        return SLACK.calls("respond", call -> call.path().endsWith("/" + trigger));
    }
}
