package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.salesbot.notification.DeliveryTarget;
import io.salesbot.notification.Notice;
import io.salesbot.notification.Outbox;
import io.salesbot.notification.OutboxWorker;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One deal whose every text field (name, customer, product, notes, lost reason, description, the
 * owner's name) is written to ping, link and format, driven through every notification kind and
 * every kind of reply, over the wire. Every string we send Slack is then read: where Slack parses
 * it (top-level text, mrkdwn) it must hold no Slack markup of people's making, and the text must
 * still read as typed, escaped and not removed.
 */
class HostileTextIntegrationTests extends SlackTestBase {

    /** What a person could type to ping everyone, hide a link or format a message; and Thai. */
    static final String HOSTILE = "<!channel> <!here> @everyone @here <@U123> <#C123> <https://evil.example|Click me>"
            + " [Click me](https://evil.example) *bold* _it_ ~gone~ `tick` ||spoiler|| & ดีลไทย";

    /** The same with line breaks, for the fields that keep them (a lost reason, a description). */
    static final String LINES = HOSTILE + "\n# heading\n-# small\n> quote";

    /** Keys whose strings Slack never parses as mrkdwn: ids, values sent back to us, input values. */
    static final Set<String> NOT_PARSED = Set.of(
            "action_id",
            "block_id",
            "callback_id",
            "value",
            "private_metadata",
            "initial_value",
            "initial_date",
            "external_id",
            "response_type",
            "type",
            "style",
            "event_type",
            "event_payload",
            "id",
            "image_url",
            "alt_text");

    /** Slack markup that people's text must never carry into a parsed field: mentions and links. */
    static final Pattern SLACK_MARKUP = Pattern.compile("<[!@#]|<https?:|<mailto:|<[^>]*\\|");

    @Autowired
    OutboxWorker worker;

    @Autowired
    Outbox outbox;

    final List<String> parsed = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Test
    void peoplesTextReadsAsTextInEveryMessageAndNeverPingsOrLinks() throws InterruptedException {
        int from = SLACK.all().size();
        List<HttpResponse<String>> acks = new ArrayList<>();
        SLACK.admin(user);
        SLACK.realName(user, HOSTILE);

        // every notification kind is subscribed; deal #1 is created, given a product, moved with a note and won
        acks.add(typed("/salesbot", "notify new,stage,won,lost"));
        acks.add(typed("/opp", "new \"" + HOSTILE + "\" customer:\"" + HOSTILE + "\" amount:1000 close:2020-01-01"));
        awaitDeal(HOSTILE);
        acks.add(typed("/opp", "product #1 \"" + HOSTILE + "\" qty:1 price:500"));
        acks.add(typed("/opp", "stage #1 in progress " + HOSTILE));
        acks.add(typed("/opp", "won #1 \"" + HOSTILE + "\""));
        // deal #2 is lost through the reason form, with line breaks
        HttpResponse<String> second = typed("/opp", "new \"" + HOSTILE + " 2\" amount:2000 close:2020-01-01");
        acks.add(second);
        String lostUrl = "lost-" + team;
        press(blocks(second), "salesbot_lost", lostUrl);
        acks.add(submit(InteractionIntegrationTests.openedView("trig-" + lostUrl), Map.of("reason", LINES)));
        SLACK.await("respond", c -> c.path().endsWith(lostUrl), 1);
        // deal #3 stays open past its close date, edited through the form to carry a description
        HttpResponse<String> third = typed("/opp", "new \"" + HOSTILE + " 3\" amount:3000 close:2020-01-01");
        acks.add(third);
        String editUrl = "edit-" + team;
        press(blocks(third), "salesbot_edit", editUrl);
        acks.add(submit(
                InteractionIntegrationTests.openedView("trig-" + editUrl),
                Map.of("name", HOSTILE + " 3", "description", LINES, "amount", "3000", "close", "2020-01-01")));
        SLACK.await("respond", c -> c.path().endsWith(editUrl), 1);

        // every reply kind: card, list, table and chart, history, errors with suggestions, a form, a file
        acks.add(typed("/opp", "show #3"));
        acks.add(typed("/opp", "list all"));
        acks.add(typed("/opp", "history #1"));
        acks.add(typed("/pipeline", ""));
        acks.add(typed("/forecast", "quarter"));
        acks.add(typed("/opp", "show ดีลไทย"));
        acks.add(typed("/opp", "show \"<!channel> `no such deal` <https://evil.example|x>\""));
        acks.add(typed("/opp", "new"));
        acks.add(typed("/salesbot", "export deals"));
        new HomeOpened().publish();

        // every notification kind goes out
        worker.deliverDue();
        long workspace = jdbc.queryForObject("SELECT id FROM workspace WHERE external_id = ?", Long.class, team);
        outbox.enqueue(
                workspace,
                DeliveryTarget.channel(channel),
                "digest-" + team,
                new Notice.Digest(clock.instant().minusSeconds(86_400)),
                clock.instant());
        outbox.enqueue(
                workspace,
                DeliveryTarget.member(user),
                "reminder-" + team,
                new Notice.Reminder(LocalDate.now(clock)),
                clock.instant());
        worker.deliverDue();

        // then: every string Slack got is read
        List<FakeSlack.Call> calls = SLACK.all().subList(from, SLACK.all().size());
        dump(calls, acks);
        calls.forEach(this::check);
        acks.forEach(ack -> walk("ack", JsonParser.parseString(ack.body().isEmpty() ? "{}" : ack.body()), false));
        assertThat(problems).as("people's markup in what Slack parses").isEmpty();

        // every notification kind reached Slack, and people's text reads as typed in each
        List<String> posts = SLACK.calls("chat.postMessage", c -> channel.equals(c.param("channel"))).stream()
                .map(c -> c.param("text") + c.param("blocks"))
                .toList();
        assertThat(posts).filteredOn(p -> p.contains("New deal")).isNotEmpty();
        assertThat(posts).filteredOn(p -> p.contains("moved")).isNotEmpty();
        assertThat(posts).filteredOn(p -> p.contains("Won:")).isNotEmpty();
        assertThat(posts).filteredOn(p -> p.contains("Lost:")).isNotEmpty();
        assertThat(posts).filteredOn(p -> p.contains("digest")).isNotEmpty();
        assertThat(posts).allSatisfy(p -> assertThat(p).contains("&lt;!channel&gt;", "ดีลไทย"));
        List<FakeSlack.Call> dms = SLACK.calls("chat.postMessage", c -> ("D" + user).equals(c.param("channel")));
        assertThat(dms)
                .anySatisfy(dm -> assertThat(dm.param("blocks").replace("\\u0026", "&"))
                        .contains("&lt;!channel&gt; &lt;!here&gt;"));
        assertThat(String.join("\n", parsed))
                .contains(
                        "&lt;!channel&gt; &lt;!here&gt; @everyone @here &lt;@U123&gt; &lt;#C123&gt;",
                        "&lt;https://evil.example|Click me&gt; [Click me](https://evil.example) *bold*",
                        "&amp; ดีลไทย",
                        "\n# heading\n-# small\n&gt; quote");
        // no message asks Slack to turn @names into mentions
        assertThat(SLACK.calls("chat.postMessage"))
                .noneMatch(c -> "true".equals(c.param("link_names")) || "full".equals(c.param("parse")));
    }

    /** Everything sent, for a person to read what a hostile deal looks like (target/hostile-slack.txt). */
    private static void dump(List<FakeSlack.Call> calls, List<HttpResponse<String>> acks) {
        try (var out = new java.io.PrintWriter("target/hostile-slack.txt", java.nio.charset.StandardCharsets.UTF_8)) {
            calls.stream()
                    .filter(call -> !call.method().equals("upload"))
                    .forEach(call -> out.println(
                            call.method() + " " + (call.method().equals("respond") ? call.body() : call.form())));
            acks.forEach(ack -> out.println("ack " + ack.body()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A slash command with the text escaped as Slack sends it (&, < and > as entities). */
    private HttpResponse<String> typed(String command, String text) {
        String trigger = "trig-" + UUID.randomUUID();
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        HttpResponse<String> ack = commandAs(user, command, escaped, trigger);
        triggers.put(ack, trigger);
        return ack;
    }

    private final Map<HttpResponse<String>, String> triggers = new java.util.HashMap<>();

    /** The blocks of a command's answer: in the ack, or (on a slow machine) through the response_url. */
    private JsonArray blocks(HttpResponse<String> ack) {
        if (!ack.body().isEmpty() && json(ack).has("blocks")) {
            return json(ack).getAsJsonArray("blocks");
        }
        return SLACK.await("respond", c -> c.path().endsWith("/" + triggers.get(ack)), 1)
                .get(0)
                .json()
                .getAsJsonArray("blocks");
    }

    private void check(FakeSlack.Call call) {
        switch (call.method()) {
            case "upload" -> {} // the file's bytes: a CSV or PNG, not a message
            case "respond" -> walk("response_url", call.json(), false);
            default -> call.form().forEach((name, value) -> param(call.method(), name, value));
        }
    }

    private void param(String method, String name, String value) {
        if (name.equals("filename")) {
            assertThat(value).as(method + " filename").matches("[\\p{L}\\p{M}\\p{N}._-]{1,100}");
        } else if (name.equals("title") || name.equals("files")) {
            // File titles are plain text in Slack, shown as typed.
        } else if (value.startsWith("{") || value.startsWith("[")) {
            walk(method + "." + name, JsonParser.parseString(value), false);
        } else if (name.equals("text")) {
            mrkdwn(method + ".text", value);
        }
    }

    private void walk(String where, JsonElement element, boolean plain) {
        if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            boolean plainText = object.has("type")
                    && object.get("type").isJsonPrimitive()
                    && "plain_text".equals(object.get("type").getAsString());
            object.entrySet().forEach(entry -> {
                boolean notParsed = plain
                        || plainText
                        || NOT_PARSED.contains(entry.getKey())
                        // form errors sit under the field as plain text
                        || entry.getKey().equals("errors");
                walk(where + "." + entry.getKey(), entry.getValue(), notParsed);
            });
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(item -> walk(where + "[]", item, plain));
        } else if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            if (plain) {
                assertThat(element.getAsString().length()).as(where).isLessThanOrEqualTo(3000);
            } else {
                mrkdwn(where, element.getAsString());
            }
        }
    }

    private void mrkdwn(String where, String text) {
        parsed.add(text);
        // The one mention we make ourselves: who pressed a card's button.
        String ours = text.replace("<@" + user + ">", "");
        if (SLACK_MARKUP.matcher(ours).find() || ours.contains("<") || ours.contains(">")) {
            problems.add(where + ": " + text);
        }
    }

    // ---- Slack's side of a button, a form and the Home tab (as in the interaction tests) ----

    private void press(JsonArray blocks, String actionId, String responseName) {
        JsonObject button = InteractionIntegrationTests.button(blocks, actionId);
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("team", InteractionIntegrationTests.object(Map.of("id", team, "domain", "acme")));
        payload.add("user", InteractionIntegrationTests.object(Map.of("id", user, "name", "ann", "team_id", team)));
        payload.addProperty("api_app_id", "A1");
        payload.addProperty("token", "legacy");
        payload.add(
                "container",
                InteractionIntegrationTests.object(
                        Map.of("type", "message", "message_ts", "1700000000.000001", "channel_id", channel)));
        payload.addProperty("trigger_id", "trig-" + responseName);
        payload.add("channel", InteractionIntegrationTests.object(Map.of("id", channel, "name", "sales")));
        payload.addProperty("response_url", SLACK.responseUrl(responseName));
        JsonObject action = InteractionIntegrationTests.object(
                Map.of("action_id", actionId, "block_id", "b1", "type", "button", "action_ts", "1700000001.000001"));
        action.addProperty("value", button.get("value").getAsString());
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        assertThat(slack.interaction(payload).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> submit(JsonObject opened, Map<String, String> values) {
        JsonObject view = opened.deepCopy();
        view.addProperty("id", "V-" + UUID.randomUUID());
        view.addProperty("hash", "h1");
        JsonObject all = new JsonObject();
        values.forEach((block, value) -> {
            JsonObject input = new JsonObject();
            input.addProperty("type", block.equals("close") ? "datepicker" : "plain_text_input");
            input.addProperty(block.equals("close") ? "selected_date" : "value", value);
            JsonObject action = new JsonObject();
            action.add("value", input);
            all.add(block, action);
        });
        JsonObject state = new JsonObject();
        state.add("values", all);
        view.add("state", state);
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "view_submission");
        payload.add("team", InteractionIntegrationTests.object(Map.of("id", team, "domain", "acme")));
        payload.add("user", InteractionIntegrationTests.object(Map.of("id", user, "name", "ann", "team_id", team)));
        payload.addProperty("api_app_id", "A1");
        payload.addProperty("token", "legacy");
        payload.addProperty("trigger_id", "trig-submit-" + UUID.randomUUID());
        payload.add("view", view);
        payload.add("response_urls", new JsonArray());
        return slack.interaction(payload);
    }

    private final class HomeOpened {
        void publish() {
            JsonObject event = InteractionIntegrationTests.object(Map.of(
                    "type", "app_home_opened", "user", user, "channel", "D" + user, "tab", "home", "event_ts", "1.1"));
            JsonObject body = InteractionIntegrationTests.object(Map.of(
                    "token",
                    "legacy",
                    "team_id",
                    team,
                    "api_app_id",
                    "A1",
                    "type",
                    "event_callback",
                    "event_id",
                    "Ev-hostile-" + team));
            body.add("event", event);
            body.addProperty("event_time", 1700000000);
            slack.event(body, null);
            SLACK.await("views.publish", c -> user.equals(c.param("user_id")), 1);
        }
    }
}
