package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.salesbot.command.HomeTabVisits;
import io.salesbot.workspace.Platform;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EventsIntegrationTests extends SlackTestBase {

    @Autowired
    HomeTabVisits visits;

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
        command("/opp", "new Home Deal amount:750k close:2099-11-30");
        awaitDeal("Home Deal");
        JsonObject event = homeOpened("Ev-" + team);

        HttpResponse<String> first = slack.event(event, null);
        HttpResponse<String> retry = slack.event(event, 1);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        FakeSlack.Call publish = SLACK.await("views.publish", c -> user.equals(c.param("user_id")), 1)
                .get(0);
        String view = publish.param("view");
        assertThat(view).contains("\"type\":\"home\"", "Your open deals (1)", "Home Deal");
        Thread.sleep(300);
        assertThat(SLACK.calls("views.publish", c -> user.equals(c.param("user_id"))))
                .hasSize(1);
    }

    @Test
    void appHomeIsADeskOfOpenDealsSlippingDealsAndTeamTotalsWithButtonsAndFollowsChanges() throws InterruptedException {
        // given a rep with an open deal, one past its close date, and a won one
        command("/opp", "new Home Deal amount:750k close:2099-11-30");
        awaitDeal("Home Deal");
        command("/opp", "new Late Deal amount:300k close:2020-01-15");
        awaitDeal("Late Deal");
        command("/opp", "new Won Deal amount:100k close:2099-11-30");
        awaitDeal("Won Deal");
        command("/opp", "won #3");

        // when they open the App Home
        slack.event(homeOpened("Ev-desk-" + team), null);

        // then the open deals (never the won one) have stage, amount with currency, close date and a button
        String view = SLACK.await("views.publish", c -> user.equals(c.param("user_id")), 1)
                .get(0)
                .param("view");
        assertThat(view)
                .contains("Your open deals (2)", "Home Deal", "Late Deal", "Wait", "฿750,000", "30 Nov 2099")
                .contains("\"action_id\":\"salesbot_open\"", "\"value\":\"/opp show #1\"")
                .contains("\"action_id\":\"salesbot_new\"", "\"value\":\"/opp new\"")
                .doesNotContain("Won Deal");
        // the slipping deals of the rep, and the team's totals as fields rather than a row of pipes
        assertThat(view)
                .contains("Your slipping deals: close date passed (1)")
                .contains("Team pipeline: open deals by stage", "Open: 2 deals, ฿1,050,000 estimated")
                .doesNotContain(" | ");
        // each heading once
        assertThat(view.split("Your open deals", -1)).hasSize(2);
        assertThat(view.split("Team pipeline", -1)).hasSize(2);

        // and when the rep moves a deal, the tab they opened follows
        command("/opp", "stage #1 in progress");
        String refreshed = SLACK.await("views.publish", c -> user.equals(c.param("user_id")), 2)
                .get(1)
                .param("view");
        assertThat(refreshed).contains("Home Deal", "In progress");
    }

    @Test
    void aManagersChangeToARepsDealRefreshesTheRepsOpenTab() throws InterruptedException {
        // given a manager, and a rep who opened their App Home
        SLACK.admin(user);
        command("/opp", "new Boss Deal amount:1000");
        awaitDeal("Boss Deal");
        String rep = "UREP" + team.substring(1);
        commandAs(rep, "/opp", "new Rep Deal amount:500k close:2099-11-30", "trig-rep-" + team);
        awaitDeal("Rep Deal");
        slack.event(homeOpened("Ev-rep-" + team, rep), null);
        SLACK.await("views.publish", c -> rep.equals(c.param("user_id")), 1);

        // when the manager moves the rep's deal
        command("/opp", "stage #2 in progress");

        // then the rep's tab shows the deal where it is now
        String refreshed = SLACK.await("views.publish", c -> rep.equals(c.param("user_id")), 2)
                .get(1)
                .param("view");
        assertThat(refreshed).contains("Rep Deal", "In progress");
    }

    @Test
    void aTabOpenedThroughAnotherInstanceIsRefreshedByTheOneThatHandlesTheChange() throws InterruptedException {
        // given a rep who opened their App Home on another instance: this one never receives the
        // event, only the database knows
        answered("help");
        visits.opened(Platform.SLACK, team, user);

        // when this instance handles the rep's new deal and its move
        answered("new Elsewhere Deal amount:200k close:2099-11-30");
        answered("stage #1 in progress");

        // then it publishes the rep's tab, with the deal where it is now
        assertThat(SLACK.await("views.publish", c -> user.equals(c.param("user_id")), 2).stream()
                        .map(call -> call.param("view")))
                .anySatisfy(view -> assertThat(view).contains("Elsewhere Deal", "In progress"));
    }

    @Test
    void aTabLastOpenedLongAgoIsLeftForTheNextOpening() throws InterruptedException {
        // given a rep who opened their App Home yesterday
        answered("help");
        visits.opened(Platform.SLACK, team, user);
        clock.advance(Duration.ofDays(1));

        // when they make and change a deal
        answered("new Old Tab Deal amount:200k close:2099-11-30");
        answered("stage #1 in progress");

        // then nothing is published to a tab they are not looking at
        Thread.sleep(500);
        assertThat(SLACK.calls("views.publish", c -> user.equals(c.param("user_id"))))
                .isEmpty();
    }

    /** Runs a command and waits for its answer: in the response to the command, or through its response_url. */
    private void answered(String text) {
        String trigger = "trig-" + UUID.randomUUID();
        HttpResponse<String> response = commandAs(user, "/opp", text, trigger);
        if (!response.body().contains("\"blocks\"")) {
            SLACK.await("respond", call -> call.path().endsWith("/" + trigger), 1);
        }
    }

    private JsonObject homeOpened(String eventId) {
        return homeOpened(eventId, user);
    }

    private JsonObject homeOpened(String eventId, String user) {
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
