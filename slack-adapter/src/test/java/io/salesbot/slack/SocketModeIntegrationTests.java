package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same handlers over Socket Mode: the app opens the WebSocket and acks each envelope on it. */
class SocketModeIntegrationTests extends SlackTestBase {

    static final FakeSocketModeServer SOCKET = start();

    static FakeSocketModeServer start() {
        FakeSocketModeServer server = new FakeSocketModeServer();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void socketMode(DynamicPropertyRegistry registry) {
        registry.add("salesbot.slack.app-token", () -> {
            SLACK.socketModeUrl(waitForPort());
            return "xapp-test-token";
        });
    }

    static String waitForPort() {
        for (int i = 0; i < 200 && SOCKET.getPort() == 0; i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return SOCKET.url();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        SOCKET.stop(1000);
    }

    @Test
    void aSlashCommandOverTheSocketIsAckedWithItsCard() {
        SOCKET.awaitConnection();
        JsonObject payload = InteractionIntegrationTests.object(Map.of(
                "token",
                "legacy",
                "team_id",
                team,
                "team_domain",
                "acme",
                "channel_id",
                channel,
                "user_id",
                user,
                "user_name",
                "socket-user",
                "command",
                "/opp",
                "text",
                "new Socket Deal amount:1000",
                "response_url",
                SLACK.responseUrl("socket-" + team),
                "trigger_id",
                "trig-socket-" + team));
        payload.addProperty("api_app_id", "A1");
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", "env-" + team);
        envelope.addProperty("type", "slash_commands");
        envelope.addProperty("accepts_response_payload", true);
        envelope.add("payload", payload);

        SOCKET.send(envelope.toString());

        JsonObject ack =
                JsonParser.parseString(SOCKET.awaitMessage("env-" + team)).getAsJsonObject();
        assertThat(ack.getAsJsonObject("payload").toString()).contains("Socket Deal", "salesbot_won");
        assertThat(SLACK.calls("apps.connections.open").get(0).headers().get("Authorization"))
                .containsExactly("Bearer xapp-test-token");
    }

    @Test
    void aButtonOverTheSocketUpdatesTheCard() {
        SOCKET.awaitConnection();
        JsonObject card = JsonParser.parseString(
                        command("/opp", "new Socket Button amount:1000").body())
                .getAsJsonObject();
        JsonObject button = InteractionIntegrationTests.button(card.getAsJsonArray("blocks"), "salesbot_won");
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("team", InteractionIntegrationTests.object(Map.of("id", team, "domain", "acme")));
        payload.add("user", InteractionIntegrationTests.object(Map.of("id", user, "name", "socket-user")));
        payload.add("channel", InteractionIntegrationTests.object(Map.of("id", channel)));
        payload.add(
                "container",
                InteractionIntegrationTests.object(Map.of("type", "message", "message_ts", "1700000000.000009")));
        payload.addProperty("trigger_id", "trig-sock-btn-" + team);
        payload.addProperty("response_url", SLACK.responseUrl("sock-btn-" + team));
        JsonObject action = InteractionIntegrationTests.object(
                Map.of("action_id", "salesbot_won", "block_id", "b", "type", "button", "action_ts", "1.1"));
        action.addProperty("value", button.get("value").getAsString());
        com.google.gson.JsonArray actions = new com.google.gson.JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", "env-btn-" + team);
        envelope.addProperty("type", "interactive");
        envelope.addProperty("accepts_response_payload", false);
        envelope.add("payload", payload);

        SOCKET.send(envelope.toString());

        SOCKET.awaitMessage("env-btn-" + team);
        FakeSlack.Call update = SLACK.await("respond", c -> c.path().endsWith("sock-btn-" + team), 1)
                .get(0);
        assertThat(update.json().getAsJsonArray("blocks").toString()).contains("is won");
    }
}
