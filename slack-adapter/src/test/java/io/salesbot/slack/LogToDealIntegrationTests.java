package io.salesbot.slack;

import static io.salesbot.slack.InteractionIntegrationTests.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Log to deal" over Slack's wire format: a signed {@code message_action} opens the form, the deal
 * picker is filled from signed {@code block_suggestion} requests, and the signed {@code
 * view_submission} keeps the message (text, author, permalink) in the deal's timeline.
 */
class LogToDealIntegrationTests extends SlackTestBase {

    static final String MESSAGE_TS = "1700000000.000100";

    @Test
    void theMessageIsKeptWithItsAuthorAndLinkOnTheDealPickedInTheForm() throws Exception {
        // given a rep's deal and a customer's message in the channel
        command("/opp", "new Acme ERP amount:100k");
        awaitDeal("Acme ERP");
        command("/opp", "new Beta CRM");
        awaitDeal("Beta CRM");
        SLACK.realName("UCUST", "Khun Anan");
        String trigger = "trig-log-" + UUID.randomUUID();

        // when the rep runs the shortcut on it
        HttpResponse<String> shortcut = slack.interaction(messageAction(trigger, "Can you do 10% off?"));

        // then a form opens with the deal picker and the message's text
        assertThat(shortcut.statusCode()).isEqualTo(200);
        JsonObject view = InteractionIntegrationTests.openedView(trigger);
        JsonArray blocks = view.getAsJsonArray("blocks");
        assertThat(block(blocks, "deal").getAsJsonObject("element").get("type").getAsString())
                .isEqualTo("external_select");
        assertThat(block(blocks, "text")
                        .getAsJsonObject("element")
                        .get("initial_value")
                        .getAsString())
                .isEqualTo("Can you do 10% off?");

        // and the picker searches the workspace's deals as the rep types
        HttpResponse<String> suggested = slack.interaction(suggestion(view, "acme"));
        assertThat(suggested.statusCode()).isEqualTo(200);
        JsonArray options =
                JsonParser.parseString(suggested.body()).getAsJsonObject().getAsJsonArray("options");
        assertThat(options).hasSize(1);
        assertThat(options.get(0).getAsJsonObject().get("value").getAsString()).isEqualTo("#1");

        // when the form is submitted with that deal
        HttpResponse<String> submitted = slack.interaction(submission(view, "#1", "Can you do 10% off?"));

        // then the note is kept with who wrote the message and where
        assertThat(submitted.statusCode()).isEqualTo(200);
        Map<String, Object> kept = jdbc.queryForMap(
                "SELECT a.kind, a.text, a.source_author, a.source_link, o.number FROM deal_activity a"
                        + " JOIN opportunity o ON o.id = a.opportunity_id JOIN workspace w ON w.id = a.workspace_id"
                        + " WHERE w.external_id = ?",
                team);
        assertThat(kept)
                .containsEntry("kind", "MESSAGE")
                .containsEntry("text", "Can you do 10% off?")
                .containsEntry("source_author", "Khun Anan")
                .containsEntry("source_link", "https://fake.slack.com/archives/" + channel + "/p1700000000000100")
                .containsEntry("number", 1);
    }

    @Test
    void theShortcutIsAckedBeforeTheSlackCallsItNeedsAreAnswered() throws Exception {
        // given Slack is slow to give the message's permalink
        SLACK.timeOutNext("chat.getPermalink");
        String trigger = "trig-slow-" + UUID.randomUUID();

        // when the rep runs the shortcut
        HttpResponse<String> shortcut = slack.interaction(messageAction(trigger, "Call me back"));

        // then Slack has its ack while the permalink is still awaited: the form comes after it
        assertThat(shortcut.statusCode()).isEqualTo(200);
        assertThat(SLACK.calls("views.open", c -> trigger.equals(c.param("trigger_id"))))
                .as("acked before the form could open")
                .isEmpty();
    }

    @Test
    void aFormWithoutADealStaysOpenWithTheErrorOnThePicker() throws Exception {
        command("/opp", "new Acme ERP");
        awaitDeal("Acme ERP");
        String trigger = "trig-log-" + UUID.randomUUID();
        slack.interaction(messageAction(trigger, "hello"));
        JsonObject view = InteractionIntegrationTests.openedView(trigger);

        HttpResponse<String> submitted = slack.interaction(submission(view, null, "hello"));

        JsonObject answer = JsonParser.parseString(submitted.body()).getAsJsonObject();
        assertThat(answer.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(answer.getAsJsonObject("errors").has("deal")).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM deal_activity a JOIN workspace w ON w.id = a.workspace_id"
                                + " WHERE w.external_id = ?",
                        Long.class,
                        team))
                .isZero();
    }

    private JsonObject messageAction(String trigger, String text) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "message_action");
        payload.addProperty("callback_id", "log_to_deal");
        payload.addProperty("trigger_id", trigger);
        payload.addProperty("response_url", SLACK.responseUrl(trigger));
        payload.addProperty("action_ts", "1700000100.000001");
        payload.addProperty("message_ts", MESSAGE_TS);
        payload.addProperty("token", "legacy");
        payload.add("team", object(Map.of("id", team, "domain", "acme")));
        payload.add("user", object(Map.of("id", user, "name", user.toLowerCase(), "team_id", team)));
        payload.add("channel", object(Map.of("id", channel, "name", "sales")));
        payload.add("message", object(Map.of("type", "message", "user", "UCUST", "ts", MESSAGE_TS, "text", text)));
        return payload;
    }

    private JsonObject suggestion(JsonObject view, String typed) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_suggestion");
        payload.addProperty("action_id", "value");
        payload.addProperty("block_id", "deal");
        payload.addProperty("value", typed);
        payload.addProperty("api_app_id", "A1");
        payload.addProperty("token", "legacy");
        payload.add("team", object(Map.of("id", team, "domain", "acme")));
        payload.add(
                "user",
                object(Map.of(
                        "id", user, "username", user.toLowerCase(), "name", user.toLowerCase(), "team_id", team)));
        payload.add("container", object(Map.of("type", "view", "view_id", "V-log")));
        JsonObject shown = view.deepCopy();
        shown.addProperty("id", "V-log");
        payload.add("view", shown);
        return payload;
    }

    private JsonObject submission(JsonObject opened, String deal, String text) {
        JsonObject view = opened.deepCopy();
        view.addProperty("id", "V-log-" + UUID.randomUUID());
        view.addProperty("hash", "h1");
        JsonObject values = new JsonObject();
        JsonObject picked = new JsonObject();
        picked.addProperty("type", "external_select");
        if (deal != null) {
            picked.add("selected_option", object(Map.of("value", deal)));
        }
        values.add("deal", new JsonObject());
        values.getAsJsonObject("deal").add("value", picked);
        JsonObject typed = new JsonObject();
        typed.addProperty("type", "plain_text_input");
        typed.addProperty("value", text);
        values.add("text", new JsonObject());
        values.getAsJsonObject("text").add("value", typed);
        JsonObject state = new JsonObject();
        state.add("values", values);
        view.add("state", state);
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "view_submission");
        payload.add("team", object(Map.of("id", team, "domain", "acme")));
        payload.add(
                "user",
                object(Map.of(
                        "id", user, "username", user.toLowerCase(), "name", user.toLowerCase(), "team_id", team)));
        payload.addProperty("api_app_id", "A1");
        payload.addProperty("token", "legacy");
        payload.addProperty("trigger_id", "trig-submit-" + UUID.randomUUID());
        payload.add("view", view);
        payload.add("response_urls", new JsonArray());
        return payload;
    }

    private static JsonObject block(JsonArray blocks, String blockId) {
        for (JsonElement block : blocks) {
            if (blockId.equals(block.getAsJsonObject().get("block_id").getAsString())) {
                return block.getAsJsonObject();
            }
        }
        throw new AssertionError("no block " + blockId + " in " + blocks);
    }
}
