package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsIntegrationTests extends SlackTestBase {

    @Test
    void urlVerificationEchoesTheChallenge() {
        JsonObject body = InteractionIntegrationTests.object(
                Map.of("type", "url_verification", "token", "legacy", "challenge", "challenge-" + team));

        HttpResponse<String> response = slack.event(body, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("challenge-" + team);
    }

    @Test
    void appHomeShowsTheMembersDealsAndARetryPublishesNothingTwice() throws InterruptedException {
        command("/opp", "new Home Deal amount:750k close:2026-11-30");
        awaitDeal("Home Deal");
        JsonObject event = homeOpened("Ev-" + team);

        HttpResponse<String> first = slack.event(event, null);
        HttpResponse<String> retry = slack.event(event, 1);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        FakeSlack.Call publish = SLACK.await("views.publish", c -> user.equals(c.param("user_id")), 1)
                .get(0);
        String view = publish.param("view");
        assertThat(view).contains("\"type\":\"home\"", "Your open deals", "Closing this month", "Home Deal");
        assertThat(view).doesNotContain("\"type\":\"actions\"");
        Thread.sleep(300);
        assertThat(SLACK.calls("views.publish", c -> user.equals(c.param("user_id"))))
                .hasSize(1);
    }

    private JsonObject homeOpened(String eventId) {
        JsonObject inner = InteractionIntegrationTests.object(Map.of(
                "type",
                "app_home_opened",
                "user",
                user,
                "channel",
                "D" + user,
                "tab",
                "home",
                "event_ts",
                "1700000000.1"));
        JsonObject body = InteractionIntegrationTests.object(Map.of(
                "token", "legacy", "team_id", team, "api_app_id", "A1", "type", "event_callback", "event_id", eventId));
        body.add("event", inner);
        body.addProperty("event_time", 1700000000);
        return body;
    }
}
