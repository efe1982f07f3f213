package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.salesbot.call.CallForm;
import io.salesbot.call.CallPeriod;
import io.salesbot.call.DealFigures;
import io.salesbot.forecast.Granularity;
import io.salesbot.notification.ChatNotifier;
import io.salesbot.notification.DeliveryTarget;
import io.salesbot.notification.Notice;
import io.salesbot.notification.Outbox;
import io.salesbot.notification.OutboxWorker;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Platform;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InteractionIntegrationTests extends SlackTestBase {

    static final java.util.Set<String> SELECTS = java.util.Set.of("product", "stage", "type", "campaign", "source");

    @Autowired
    OutboxWorker outbox;

    @Autowired
    Outbox dueTasks;

    @Autowired
    java.util.List<ChatNotifier> notifiers;

    @Test
    void addProductOffersTheCatalogueAsASelectAndTheCardShowsTheLine() {
        SLACK.admin(user);
        command("/salesbot", "products add Server price:50000");
        JsonArray card = json(command("/opp", "new Hardware Deal")).getAsJsonArray("blocks");
        String url = "product-" + team;

        press(card, "salesbot_add_product", url);
        JsonObject view = openedView("trig-" + url);
        assertThat(view.getAsJsonArray("blocks").toString()).contains("static_select", "Server");

        submit(view, Map.of("product", "Server", "qty", "2"));

        JsonObject replaced =
                SLACK.await("respond", c -> c.path().endsWith(url), 1).get(0).json();
        assertThat(replaced.get("replace_original").getAsBoolean()).isTrue();
        assertThat(replaced.getAsJsonArray("blocks").toString()).contains("Server", "100,000", "Changed by");
    }

    @Test
    void theForecastCallNudgeIsADirectMessageWhoseButtonOpensTheCallFormThatSubmitsTheCall() {
        command("/opp", "help"); // the rep exists
        BotReply nudge = new BotReply.Many(
                java.util.List.of(
                        new BotReply.Text(
                                Message.of("notify.call.nudge", io.salesbot.reply.Period.ofLabel("2026-Q4"), "15:00"),
                                Visibility.PRIVATE),
                        CallForm.of(
                                new CallPeriod(Granularity.QUARTER, java.time.LocalDate.of(2026, 10, 1)),
                                DealFigures.NONE,
                                null)),
                Visibility.PRIVATE);
        ChatNotifier slackNotifier = notifiers.stream()
                .filter(n -> n.platform() == Platform.SLACK)
                .findFirst()
                .orElseThrow();

        slackNotifier.deliver(team, DeliveryTarget.member(user), nudge, ReplyLocale.of("en", java.time.ZoneOffset.UTC));

        assertThat(SLACK.calls("conversations.open", c -> user.equals(c.param("users"))))
                .hasSize(1);
        FakeSlack.Call post = SLACK.calls("chat.postMessage", c -> ("D" + user).equals(c.param("channel")))
                .get(0);
        assertThat(post.param("text")).contains("You have not called 2026-Q4 yet");
        JsonArray blocks = JsonParser.parseString(post.param("blocks")).getAsJsonArray();
        assertThat(button(blocks, "salesbot_form").get("value").getAsString())
                .isEqualTo("/forecast submit period:2026-Q4");

        String url = "call-" + team;
        press(blocks, "salesbot_form", url);
        JsonObject view = openedView("trig-" + url);
        assertThat(view.getAsJsonArray("blocks").toString()).contains("Commit", "Best case");
        submit(view, Map.of("commit", "1.2m", "best", "1.5m"));

        assertThat(SLACK.await("respond", c -> c.path().endsWith(url), 1)
                        .get(0)
                        .json()
                        .toString())
                .contains("Your call for 2026-Q4: commit ฿1,200,000, best case ฿1,500,000.");
        assertThat(jdbc.queryForObject(
                        "SELECT commit_amount FROM forecast_call c JOIN workspace w ON w.id = c.workspace_id"
                                + " WHERE w.external_id = ?",
                        java.math.BigDecimal.class,
                        team))
                .isEqualByComparingTo("1200000");
    }

    @Test
    void editOpensAFilledInFormAndSavesTheChange() {
        JsonArray card = json(command("/opp", "new Edit Me amount:1000 close:2026-12-31"))
                .getAsJsonArray("blocks");
        String url = "edit-" + team;

        press(card, "salesbot_edit", url);
        JsonObject view = openedView("trig-" + url);
        String blocks = view.getAsJsonArray("blocks").toString();
        assertThat(blocks).contains("\"initial_value\":\"Edit Me\"", "\"initial_date\":\"2026-12-31\"");

        submit(view, Map.of("name", "Edit Me", "amount", "2500"));

        JsonObject replaced =
                SLACK.await("respond", c -> c.path().endsWith(url), 1).get(0).json();
        assertThat(replaced.getAsJsonArray("blocks").toString()).contains("2,500", "Changed by <@" + user + ">");
    }

    @Test
    void aFormSavesThaiAndFourByteEmojiExactlyAsTyped() {
        JsonArray card = json(command("/opp", "new Rename Me amount:1000")).getAsJsonArray("blocks");
        String url = "emoji-" + team;
        String name = "ดีลใหญ่ 🚀 ทีมขาย 👩‍💻";

        press(card, "salesbot_edit", url);
        submit(openedView("trig-" + url), Map.of("name", name, "amount", "1000"));

        JsonObject replaced =
                SLACK.await("respond", c -> c.path().endsWith(url), 1).get(0).json();
        assertThat(replaced.getAsJsonArray("blocks").toString()).contains(name);
        assertThat(jdbc.queryForObject(
                        "SELECT o.name FROM opportunity o JOIN workspace w ON w.id = o.workspace_id"
                                + " WHERE w.external_id = ?",
                        String.class,
                        team))
                .isEqualTo(name);
    }

    @Test
    void wonButtonUpdatesTheCardInPlaceSaysWhoAndNotifiesTheChannel() {
        SLACK.admin(user);
        command("/salesbot", "notify won,lost");
        JsonArray card = json(command("/opp", "new Acme ERP amount:2m")).getAsJsonArray("blocks");

        HttpResponse<String> ack = press(card, "salesbot_won", "card-won-" + team);

        assertThat(ack.statusCode()).isEqualTo(200);
        FakeSlack.Call update = SLACK.await("respond", c -> c.path().endsWith("card-won-" + team), 1)
                .get(0);
        JsonObject replaced = update.json();
        assertThat(replaced.get("replace_original").getAsBoolean()).isTrue();
        assertThat(replaced.getAsJsonArray("blocks").toString())
                .contains("is won", "Changed by <@" + user + ">")
                .doesNotContain("salesbot_won");

        outbox.deliverDue();
        FakeSlack.Call posted = SLACK.await("chat.postMessage", c -> channel.equals(c.param("channel")), 1)
                .get(0);
        assertThat(posted.param("text")).contains("Won", "#1", "Acme ERP");
        // celebrated: the owner mentioned (a real mention), the amount with its currency, the days
        // it took, and a button that opens the deal
        assertThat(posted.param("blocks").replace("\\u003c", "<").replace("\\u003e", ">"))
                .contains("Acme ERP", "<@" + user + ">", "฿2,000,000", "Time to close", "the same day")
                .contains("\"action_id\":\"salesbot_open\"", "\"value\":\"/opp show #1\"");
    }

    @Test
    void aDueTasksDirectMessageHasButtonsThatFinishItOrAskForTheDayToPutItOffTo() {
        command("/task", "new call Anna due:\"2026-12-04 14:00\"");
        command("/task", "new send the quote due:\"2026-12-04 15:00\"");
        long workspace = jdbc.queryForObject("SELECT id FROM workspace WHERE external_id = ?", Long.class, team);
        for (int number = 1; number <= 2; number++) {
            dueTasks.enqueue(
                    workspace,
                    DeliveryTarget.member(user),
                    "task-" + number + "-" + team,
                    new Notice.TaskDue(number, "task " + number, dueAt(number), true, null, null),
                    clock.instant());
        }

        outbox.deliverDue();

        // one DM per task, each with Done (primary), a day, a week and "pick a date"
        List<FakeSlack.Call> dms = SLACK.await("chat.postMessage", c -> ("D" + user).equals(c.param("channel")), 2);
        JsonArray blocks = JsonParser.parseString(dms.get(0).param("blocks")).getAsJsonArray();
        assertThat(blocks.toString())
                .contains(
                        "\"action_id\":\"salesbot_prompt_0\"", "\"value\":\"/task done T-1\"", "\"style\":\"primary\"")
                .contains("\"value\":\"/task snooze T-1 1d\"", "\"value\":\"/task snooze T-1 7d\"")
                .contains("\"action_id\":\"salesbot_prompt_3\"", "\"value\":\"/task snooze T-1\"");

        // Done answers the presser and leaves the reminder as it is
        press(blocks, "salesbot_prompt_0", "done-" + team);
        JsonObject done = SLACK.await("respond", c -> c.path().endsWith("done-" + team), 1)
                .get(0)
                .json();
        assertThat(done.get("replace_original").getAsBoolean()).isFalse();
        assertThat(done.toString()).contains("T-1");
        assertThat(taskDone(1)).isTrue();

        // "Pick a date" on the second opens a form with a date picker; its day puts the task off
        JsonArray second = JsonParser.parseString(dms.get(1).param("blocks")).getAsJsonArray();
        press(second, "salesbot_prompt_3", "pick-" + team);
        JsonObject view = openedView("trig-pick-" + team);
        assertThat(view.getAsJsonArray("blocks").toString()).contains("\"block_id\":\"when\"", "datepicker");
        assertThat(submit(view, Map.of("when", "2026-12-09")).body()).isEmpty();
        assertThat(jdbc.queryForObject(
                                "SELECT due_on FROM task t JOIN workspace w ON w.id = t.workspace_id"
                                        + " WHERE w.external_id = ? AND t.number = 2",
                                java.sql.Date.class,
                                team)
                        .toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2026, 12, 9));
        assertThat(taskDone(2)).isFalse();
    }

    private java.time.Instant dueAt(int number) {
        return jdbc.queryForObject(
                        "SELECT t.due_at FROM task t JOIN workspace w ON w.id = t.workspace_id"
                                + " WHERE w.external_id = ? AND t.number = ?",
                        java.sql.Timestamp.class,
                        team,
                        number)
                .toInstant();
    }

    private boolean taskDone(int number) {
        return jdbc.queryForObject(
                "SELECT t.done_at IS NOT NULL FROM task t JOIN workspace w ON w.id = t.workspace_id"
                        + " WHERE w.external_id = ? AND t.number = ?",
                Boolean.class,
                team,
                number);
    }

    @Test
    void lostNewsNamesTheOwnerWithoutAPingAndItsOpenButtonLeavesTheNewsInPlace() {
        SLACK.admin(user);
        command("/salesbot", "notify won,lost");
        command("/opp", "new Beta CRM amount:1.5m");
        command("/opp", "lost #1 went with a cheaper vendor");

        outbox.deliverDue();
        FakeSlack.Call posted = SLACK.await("chat.postMessage", c -> channel.equals(c.param("channel")), 1)
                .get(0);
        assertThat(posted.param("blocks").replace("\\u003c", "<"))
                .contains("Lost: #1 Beta CRM", "Lost because", "went with a cheaper vendor", "฿1,500,000")
                .doesNotContain("<@");

        // when someone opens the deal from the news
        JsonArray news = JsonParser.parseString(posted.param("blocks")).getAsJsonArray();
        press(news, "salesbot_open", "open-" + team);

        // then the card comes to them alone, and the channel's news stays as it is
        JsonObject shown = SLACK.await("respond", c -> c.path().endsWith("open-" + team), 1)
                .get(0)
                .json();
        assertThat(shown.get("replace_original").getAsBoolean()).isFalse();
        assertThat(shown.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(shown.getAsJsonArray("blocks").toString()).contains("Beta CRM", "Closed Lost");
    }

    @Test
    void theCardsCategoryMenuPutsTheDealInCommitAndTheCardSaysItWasSet() {
        JsonArray card = json(command("/opp", "new Acme ERP amount:2m")).getAsJsonArray("blocks");
        JsonObject menu = button(card, "salesbot_category");
        assertThat(menu.get("type").getAsString()).isEqualTo("static_select");
        String commit = null;
        for (JsonElement option : menu.getAsJsonArray("options")) {
            String value = option.getAsJsonObject().get("value").getAsString();
            if (value.contains("category:commit")) {
                commit = value;
            }
        }
        assertThat(commit).isEqualTo("/opp edit #1 category:commit version:0");

        JsonObject payload = pressPayload("card-cat-" + team);
        JsonObject action = object(Map.of(
                "action_id",
                "salesbot_category",
                "block_id",
                "b1",
                "type",
                "static_select",
                "action_ts",
                "1700000001.1"));
        JsonObject selected = new JsonObject();
        selected.add("text", object(Map.of("type", "plain_text", "text", "Commit")));
        selected.addProperty("value", commit);
        action.add("selected_option", selected);
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        HttpResponse<String> ack = slack.interaction(payload);

        assertThat(ack.statusCode()).isEqualTo(200);
        FakeSlack.Call update = SLACK.await("respond", c -> c.path().endsWith("card-cat-" + team), 1)
                .get(0);
        assertThat(update.json().get("replace_original").getAsBoolean()).isTrue();
        assertThat(update.json().getAsJsonArray("blocks").toString())
                .contains("Forecast category", "Commit", "set on the deal");
        assertThat(jdbc.queryForObject(
                        "SELECT to_value FROM opportunity_change c JOIN workspace w ON w.id = c.workspace_id"
                                + " WHERE w.external_id = ? AND c.field = 'CATEGORY'",
                        String.class,
                        team))
                .isEqualTo("COMMIT");
    }

    @Test
    void aDoubleClickedButtonActsOnce() throws InterruptedException {
        JsonArray card = json(command("/opp", "new Double Click amount:1000")).getAsJsonArray("blocks");
        String url = "double-" + team;

        press(card, "salesbot_won", url);
        press(card, "salesbot_won", url);

        SLACK.await("respond", c -> c.path().endsWith(url), 1);
        Thread.sleep(300);
        assertThat(responses(url)).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM opportunity_change c JOIN opportunity o ON o.id = c.opportunity_id"
                                + " JOIN workspace w ON w.id = o.workspace_id WHERE w.external_id = ?"
                                + " AND LOWER(c.field) = 'stage' AND c.to_value LIKE '%won%'",
                        Long.class, team))
                .isEqualTo(1);
    }

    @Test
    void lostButtonOpensTheReasonModalAndItsSubmissionUpdatesTheCard() {
        JsonArray card = json(command("/opp", "new Lost Cause amount:1000")).getAsJsonArray("blocks");
        String url = "lost-" + team;

        press(card, "salesbot_lost", url);
        JsonObject view = openedView("trig-" + url);
        assertThat(view.getAsJsonArray("blocks").toString()).contains("\"block_id\":\"reason\"");

        HttpResponse<String> empty = submit(view, Map.of());
        assertThat(json(empty).get("response_action").getAsString()).isEqualTo("errors");
        assertThat(json(empty).getAsJsonObject("errors").has("reason")).isTrue();

        HttpResponse<String> done = submit(view, Map.of("reason", "ราคาสูงเกินไป"));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).isEmpty();
        JsonObject replaced =
                SLACK.await("respond", c -> c.path().endsWith(url), 1).get(0).json();
        assertThat(replaced.get("replace_original").getAsBoolean()).isTrue();
        assertThat(replaced.getAsJsonArray("blocks").toString()).contains("closed as lost", "ราคาสูงเกินไป");

        submit(view, Map.of("reason", "again"));
        assertThat(jdbc.queryForObject(
                        "SELECT o.lost_reason FROM opportunity o JOIN workspace w ON w.id = o.workspace_id"
                                + " WHERE w.external_id = ?",
                        String.class,
                        team))
                .isEqualTo("ราคาสูงเกินไป");
    }

    @Test
    void aWrongValueInTheNewDealModalComesBackOnItsField() {
        command("/opp", "list");
        String trigger = "trig-new-" + team;
        commandAs(user, "/opp", "new", trigger);
        JsonObject view = openedView(trigger);

        HttpResponse<String> wrong = submit(view, Map.of("name", "Form Deal", "amount", "lots"));

        assertThat(json(wrong).get("response_action").getAsString()).isEqualTo("errors");
        assertThat(json(wrong).getAsJsonObject("errors").get("amount").getAsString())
                .isNotBlank();
        assertThat(count()).isZero();

        HttpResponse<String> right = submit(view, Map.of("name", "Form Deal", "amount", "1.2m", "close", "2026-12-31"));
        assertThat(right.body()).isEmpty();
        JsonObject answer = SLACK.await("respond", c -> c.path().endsWith(trigger), 1)
                .get(0)
                .json();
        assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(answer.getAsJsonArray("blocks").toString()).contains("Form Deal", "1,200,000", "31 Dec 2026");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aThaiWorkspaceGetsItsFormAndFieldErrorsInThai() {
        SLACK.admin(user);
        command("/salesbot", "language th");
        String trigger = "trig-th-" + team;
        commandAs(user, "/opp", "new", trigger);
        JsonObject view = openedView(trigger);
        assertThat(view.toString()).contains("บันทึก", "ยกเลิก");

        HttpResponse<String> wrong = submit(view, Map.of("name", "ระบบ ERP", "amount", "เยอะมาก"));

        String error = json(wrong).getAsJsonObject("errors").get("amount").getAsString();
        assertThat(error).matches("(?s).*[\\u0E00-\\u0E7F].*");
        assertThat(count()).isZero();
    }

    @Test
    void theNextPageButtonReplacesTheList() {
        for (int i = 1; i <= 12; i++) {
            command("/opp", "new Paged Deal " + i + " amount:" + i + "000");
        }
        JsonArray list = json(command("/opp", "list")).getAsJsonArray("blocks");
        assertThat(list.toString()).contains("Page 1 of");
        String url = "page-" + team;

        press(list, "salesbot_more", url);

        JsonObject replaced =
                SLACK.await("respond", c -> c.path().endsWith(url), 1).get(0).json();
        assertThat(replaced.get("replace_original").getAsBoolean()).isTrue();
        assertThat(replaced.getAsJsonArray("blocks").toString()).contains("Page 2 of");
    }

    private long count() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM opportunity o JOIN workspace w ON w.id = o.workspace_id WHERE w.external_id = ?",
                Long.class,
                team);
    }

    private HttpResponse<String> press(JsonArray blocks, String actionId, String responseName) {
        JsonObject button = button(blocks, actionId);
        JsonObject payload = pressPayload(responseName);
        JsonObject action = object(
                Map.of("action_id", actionId, "block_id", "b1", "type", "button", "action_ts", "1700000001.000001"));
        action.addProperty("value", button.get("value").getAsString());
        action.add("text", button.get("text"));
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return slack.interaction(payload);
    }

    /** A block_actions payload from this user on a card in the channel, without its actions. */
    private JsonObject pressPayload(String responseName) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("team", object(Map.of("id", team, "domain", "acme")));
        payload.add(
                "user",
                object(Map.of(
                        "id", user, "username", user.toLowerCase(), "name", user.toLowerCase(), "team_id", team)));
        payload.addProperty("api_app_id", "A1");
        payload.addProperty("token", "legacy");
        payload.add(
                "container",
                object(Map.of("type", "message", "message_ts", "1700000000.000001", "channel_id", channel)));
        payload.addProperty("trigger_id", "trig-" + responseName);
        payload.add("channel", object(Map.of("id", channel, "name", "sales")));
        payload.addProperty("response_url", SLACK.responseUrl(responseName));
        return payload;
    }

    private HttpResponse<String> submit(JsonObject opened, Map<String, String> values) {
        JsonObject view = opened.deepCopy();
        view.addProperty(
                "id", "V-" + opened.get("private_metadata").getAsString().hashCode());
        view.addProperty("hash", "h1");
        JsonObject state = new JsonObject();
        JsonObject all = new JsonObject();
        values.forEach((block, value) -> {
            JsonObject input = new JsonObject();
            if (SELECTS.contains(block)) {
                input.addProperty("type", "static_select");
                input.add("selected_option", object(Map.of("value", value)));
            } else {
                boolean date = block.equals("close") || block.equals("when");
                input.addProperty("type", date ? "datepicker" : "plain_text_input");
                input.addProperty(date ? "selected_date" : "value", value);
            }
            all.add(block, object(Map.of()));
            all.getAsJsonObject(block).add("value", input);
        });
        state.add("values", all);
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
        return slack.interaction(payload);
    }

    static JsonObject openedView(String trigger) {
        FakeSlack.Call open = SLACK.await("views.open", c -> trigger.equals(c.param("trigger_id")), 1)
                .get(0);
        return JsonParser.parseString(open.param("view")).getAsJsonObject();
    }

    static JsonObject button(JsonArray blocks, String actionId) {
        for (JsonElement block : blocks) {
            JsonObject object = block.getAsJsonObject();
            if (object.has("elements") && "actions".equals(object.get("type").getAsString())) {
                for (JsonElement element : object.getAsJsonArray("elements")) {
                    if (actionId.equals(
                            element.getAsJsonObject().get("action_id").getAsString())) {
                        return element.getAsJsonObject();
                    }
                }
            }
        }
        throw new AssertionError("no button " + actionId + " in " + blocks);
    }

    static JsonObject object(Map<String, String> fields) {
        JsonObject object = new JsonObject();
        fields.forEach(object::addProperty);
        return object;
    }
}
