package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.salesbot.LongDeals;
import io.salesbot.notification.OutboxWorker;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.slack.blocks.Mrkdwn;
import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A deal with more lines and history than fits a message, over Slack's wire: never refused, always said. */
class LongRepliesIntegrationTests extends SlackTestBase {

    @Autowired
    Localizer localizer;

    @Autowired
    OutboxWorker outbox;

    @Test
    void aDealWithTwoHundredLinesAndFiveHundredChangesReachesSlackWithinItsLimitsInBothLanguages() {
        // given a deal with 200 long lines and 500 long changes (as if written before the limit)
        SLACK.admin(user);
        command("/salesbot", "notify won,lost");
        answer(command("/opp", "new \"Long deal\" amount:2m"), null);
        long deal = LongDeals.dealId(jdbc, team, 1);
        LongDeals.addLines(jdbc, deal, 200, 200, 1000);
        LongDeals.addChanges(jdbc, deal, 500, 1000);

        // when the card and the history are asked for
        JsonObject card = answer(commandAs(user, "/opp", "show #1", "trig-show-" + team), "trig-show-" + team);
        JsonObject history = answer(commandAs(user, "/opp", "history #1", "trig-hist-" + team), "trig-hist-" + team);

        // then Slack gets messages within every limit that say what is not shown
        ReplyLocale english = ReplyLocale.of("en", ZoneOffset.UTC);
        assertThat(SlackLimitsChecker.message(card)).isEmpty();
        assertThat(card.toString()).contains("more product lines not shown here", "salesbot_won");
        assertThat(SlackLimitsChecker.message(history)).isEmpty();
        assertThat(history.toString())
                .contains(Mrkdwn.escape(localizer.text(Message.of("reply.history.latest", 100, 501), english)));

        // and the won button replaces the card (with who pressed it) and notifies the channel, still within limits
        press(card.getAsJsonArray("blocks"), "salesbot_won", "won-" + team);
        JsonObject replaced = SLACK.await("respond", c -> c.path().endsWith("/won-" + team), 1)
                .get(0)
                .json();
        assertThat(SlackLimitsChecker.message(replaced)).isEmpty();
        assertThat(replaced.toString()).contains("Changed by <@" + user + ">", "more product lines not shown");
        outbox.deliverDue();
        FakeSlack.Call posted = SLACK.await("chat.postMessage", c -> channel.equals(c.param("channel")), 1)
                .get(0);
        JsonObject notification = new JsonObject();
        notification.addProperty("text", posted.param("text"));
        notification.addProperty("blocks", posted.param("blocks"));
        assertThat(SlackLimitsChecker.message(notification)).isEmpty();

        // and a Thai reader is told in Thai
        command("/salesbot", "language th force");
        JsonObject thai = answer(commandAs(user, "/opp", "show #1", "trig-th-" + team), "trig-th-" + team);
        assertThat(SlackLimitsChecker.message(thai)).isEmpty();
        assertThat(thai.toString()).contains("รายการที่แสดงในข้อความเดียวไม่ได้");
    }

    /** The answer in the ack, or through the response_url when it came after the ack. */
    private static JsonObject answer(HttpResponse<String> ack, String trigger) {
        assertThat(ack.statusCode()).isEqualTo(200);
        if (ack.body() != null && ack.body().contains("\"blocks\"")) {
            return json(ack);
        }
        return SLACK.await("respond", c -> c.path().endsWith("/" + trigger), 1)
                .get(0)
                .json();
    }

    private void press(JsonArray blocks, String actionId, String responseName) {
        JsonObject button = InteractionIntegrationTests.button(blocks, actionId);
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("team", InteractionIntegrationTests.object(Map.of("id", team, "domain", "acme")));
        payload.add(
                "user",
                InteractionIntegrationTests.object(Map.of("id", user, "username", "u", "name", "u", "team_id", team)));
        payload.addProperty("api_app_id", "A1");
        payload.addProperty("token", "legacy");
        payload.add(
                "container",
                InteractionIntegrationTests.object(
                        Map.of("type", "message", "message_ts", "1700000000.000001", "channel_id", channel)));
        payload.addProperty("trigger_id", "trig-" + UUID.randomUUID());
        payload.add("channel", InteractionIntegrationTests.object(Map.of("id", channel, "name", "sales")));
        payload.addProperty("response_url", SLACK.responseUrl(responseName));
        JsonObject action = InteractionIntegrationTests.object(
                Map.of("action_id", actionId, "block_id", "b1", "type", "button", "action_ts", "1700000001.000001"));
        action.addProperty("value", button.get("value").getAsString());
        action.add("text", button.get("text"));
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        assertThat(slack.interaction(payload).statusCode()).isEqualTo(200);
    }
}
