package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlashCommandIntegrationTests extends SlackTestBase {

    @Test
    void newDealIsAnsweredInTheAckAsAPrivateCardWithButtons() {
        HttpResponse<String> response = command("/opp", "new Acme ERP amount:1.2m close:2026-12-31");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject ack = json(response);
        assertThat(ack.get("response_type").getAsString()).isEqualTo("ephemeral");
        String blocks = texts(ack.getAsJsonArray("blocks"));
        assertThat(blocks).contains("Acme ERP", "Estimated revenue", "1,200,000", "Stage");
        assertThat(blocks).contains("\"action_id\":\"salesbot_won\"", "/opp won #1 version:");
        assertThat(ack.get("text").getAsString()).isNotBlank();
    }

    @Test
    void thaiTextAndThaiAmountsArrive() {
        // Quoted: the core's parser reads an unquoted "amount:1.2 ล้าน" as amount 1.2 and "ล้าน" as name.
        HttpResponse<String> response = command("/opp", "new ระบบ ERP amount:\"1.2 ล้าน\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(texts(json(response).getAsJsonArray("blocks"))).contains("ระบบ ERP", "1,200,000");
        BigDecimal amount = jdbc.queryForObject(
                "SELECT o.estimated_revenue FROM opportunity o JOIN workspace w ON w.id = o.workspace_id"
                        + " WHERE w.external_id = ? AND o.name = ?",
                BigDecimal.class,
                team,
                "ระบบ ERP");
        assertThat(amount).isEqualByComparingTo("1200000");
    }

    @Test
    void aThaiWorkspaceReadsThaiCards() {
        SLACK.admin(user);
        assertThat(command("/salesbot", "language th").statusCode()).isEqualTo(200);

        HttpResponse<String> response = command("/opp", "new ระบบ CRM amount:500k");

        String blocks = texts(json(response).getAsJsonArray("blocks"));
        assertThat(blocks).contains("สถานะการขาย", "รายได้ประมาณการ", "500,000 บาท", "ปิดการขายได้");
    }

    @Test
    void workspaceAdminsStartAsAdminsAndOthersAsReps() {
        SLACK.admin(user);
        command("/opp", "list");
        commandAs("U-REP-" + team, "/opp", "list", "trig-rep-" + team);

        Map<String, Object> roles = jdbc.queryForMap(
                "SELECT MAX(CASE WHEN m.platform_user_id = ? THEN m.role END) AS admin,"
                        + " MAX(CASE WHEN m.platform_user_id <> ? THEN m.role END) AS rep"
                        + " FROM member m JOIN workspace w ON w.id = m.workspace_id WHERE w.external_id = ?",
                user,
                user,
                team);
        assertThat(roles.get("admin").toString()).isEqualToIgnoringCase("admin");
        assertThat(roles.get("rep").toString()).isEqualToIgnoringCase("rep");
    }

    @Test
    void theFirstCommandInANewWorkspaceIsWelcomed() {
        String first = texts(json(command("/opp", "list")).getAsJsonArray("blocks"));
        String second = texts(json(command("/opp", "list")).getAsJsonArray("blocks"));

        assertThat(first).contains("Welcome to Salesbot");
        assertThat(second).doesNotContain("Welcome to Salesbot");
    }

    @Test
    void aRetriedCommandDeliveryCreatesNothingTwice() {
        String trigger = "trig-retry-" + team;
        HttpResponse<String> first = commandAs(user, "/opp", "new Retry Deal amount:1000", trigger);
        HttpResponse<String> again = commandAs(user, "/opp", "new Retry Deal amount:1000", trigger);

        assertThat(first.body()).contains("Retry Deal");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).doesNotContain("Retry Deal");
        assertThat(deals()).isEqualTo(1);
    }

    @Test
    void badMissingOrStaleSignaturesAreRefusedAndNothingIsDone() {
        String body = SignedRequests.form(Map.of(
                "team_id",
                team,
                "user_id",
                user,
                "channel_id",
                channel,
                "command",
                "/opp",
                "text",
                "new Forged",
                "trigger_id",
                "t-forged",
                "response_url",
                SLACK.responseUrl("forged")));
        int callsBefore = SLACK.all().size();

        HttpResponse<String> unsigned =
                slack.send(body, "application/x-www-form-urlencoded", Instant.now(), null, false);
        HttpResponse<String> stale = slack.send(
                body, "application/x-www-form-urlencoded", Instant.now().minus(6, ChronoUnit.MINUTES), null, true);
        HttpResponse<String> forged = new SignedRequests(port, "wrong-secret")
                .send(body, "application/x-www-form-urlencoded", Instant.now(), null, true);

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workspace WHERE external_id = ?", Long.class, team))
                .isZero();
        assertThat(SLACK.all().subList(callsBefore, SLACK.all().size()))
                .noneMatch(call ->
                        call.method().equals("users.info") || call.method().equals("respond"));
    }

    @Test
    void newWithoutArgumentsOpensTheFormAsAModal() {
        String trigger = "trig-form-" + team;
        command("/opp", "list");
        HttpResponse<String> response = commandAs(user, "/opp", "new", trigger);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        FakeSlack.Call open = SLACK.calls("views.open", call -> trigger.equals(call.param("trigger_id")))
                .get(0);
        JsonObject view =
                com.google.gson.JsonParser.parseString(open.param("view")).getAsJsonObject();
        assertThat(view.get("type").getAsString()).isEqualTo("modal");
        assertThat(view.get("callback_id").getAsString()).isEqualTo("salesbot_form");
        String blocks = view.getAsJsonArray("blocks").toString();
        assertThat(blocks).contains("\"block_id\":\"name\"", "\"block_id\":\"close\"", "datepicker", "static_select");
        assertThat(open.headers().get("Authorization")).containsExactly("Bearer xoxb-test-token");
    }

    @Test
    void aFormSlackWillNotOpenIsExplainedWithTheCommandToTypeInstead() {
        String trigger = "trig-noform-" + team;
        command("/opp", "list");
        SLACK.failNext("views.open", "expired_trigger_id");

        HttpResponse<String> response = commandAs(user, "/opp", "new", trigger);

        assertThat(response.statusCode()).isEqualTo(200);
        FakeSlack.Call told =
                SLACK.await("respond", c -> c.path().endsWith(trigger), 1).get(0);
        assertThat(told.json().get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(told.json().toString()).contains("would not open the form", "/opp new");
    }

    long deals() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM opportunity o JOIN workspace w ON w.id = o.workspace_id WHERE w.external_id = ?",
                Long.class,
                team);
    }

    @Test
    void pipelineIsPostedInTheChannelWithItsChartUploaded() {
        command("/opp", "new Pipeline Deal amount:4m close:2026-12-15");

        JsonObject ack = json(command("/pipeline", ""));

        assertThat(ack.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(texts(ack.getAsJsonArray("blocks"))).contains("Team pipeline", "4,000,000");
        SLACK.await("files.completeUploadExternal", c -> channel.equals(c.param("channel_id")), 1);
    }

    @Test
    void theFunnelIsPostedInTheChannelWithItsFunnelChartUploaded() {
        command("/opp", "new Funnel Deal amount:2m");

        JsonObject ack = json(command("/pipeline", "funnel"));

        assertThat(ack.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(texts(ack.getAsJsonArray("blocks"))).contains("Funnel ", "Reached", "Velocity needs a deal won");
        SLACK.await("files.completeUploadExternal", c -> channel.equals(c.param("channel_id")), 1);
    }

    @Test
    void howTheForecastMovedIsPostedWithItsDealsAndTheWaterfallUploaded() {
        command("/opp", "new Moving Deal amount:4m close:end-of-quarter");

        JsonObject ack = json(command("/forecast", "changes since:last-week"));

        assertThat(ack.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(texts(ack.getAsJsonArray("blocks"))).contains("+ New deals", "Moving Deal", "4,000,000");
        SLACK.await("files.completeUploadExternal", c -> channel.equals(c.param("channel_id")), 1);
    }

    @Test
    void aPerRepReportComesToTheAskerAloneChartIncludedUnlessShared() throws InterruptedException {
        command("/opp", "new Rep Deal amount:3m close:2026-12-15");

        // one rep's numbers, asked in a channel: to the asker alone, chart to their direct messages
        JsonObject ack = json(command("/forecast", "year by:rep"));

        assertThat(ack.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(texts(ack.getAsJsonArray("blocks"))).contains("Only you see this", "`share`");
        SLACK.await("files.completeUploadExternal", c -> ("D" + user).equals(c.param("channel_id")), 1);
        Thread.sleep(300);
        assertThat(SLACK.calls("files.completeUploadExternal", c -> channel.equals(c.param("channel_id"))))
                .as("a private report's chart never goes to the channel")
                .isEmpty();

        // shared on purpose: to the channel
        JsonObject shared = json(command("/pipeline", "mine share"));
        assertThat(shared.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(texts(shared.getAsJsonArray("blocks"))).doesNotContain("Only you see this");
        SLACK.await("files.completeUploadExternal", c -> channel.equals(c.param("channel_id")), 1);
    }

    @Test
    void anExportIsSentAsACsvFileToTheAskersDirectMessagesOnly() {
        SLACK.admin(user);
        command("/opp", "new Export Deal amount:1m");

        JsonObject ack = json(command("/salesbot", "export deals"));

        assertThat(ack.get("response_type").getAsString()).isEqualTo("ephemeral");
        SLACK.await("files.completeUploadExternal", c -> ("D" + user).equals(c.param("channel_id")), 1);
        assertThat(SLACK.calls(
                        "files.getUploadURLExternal",
                        c -> c.param("filename").startsWith("deals-")
                                && c.param("filename").endsWith(".csv")))
                .isNotEmpty();
        assertThat(SLACK.calls("files.completeUploadExternal", c -> channel.equals(c.param("channel_id"))))
                .as("exports are private data: never to the channel")
                .isEmpty();
    }

    @Test
    void anImportSlackWillNotLetUsReadSaysWhy() {
        SLACK.admin(user);
        command("/opp", "help");
        SLACK.failNext("files.list", "missing_scope");

        assertThat(json(command("/salesbot", "import")).toString()).contains("Could not fetch the CSV file from Slack");
    }

    @Test
    void importReadsTheNewestCsvSharedInTheConversation() {
        SLACK.admin(user);
        command("/opp", "help");
        assertThat(json(command("/salesbot", "import")).toString()).contains("Upload the CSV file");

        SLACK.share(
                "deals-" + user + ".csv",
                "name,amount,close\nระบบ ERP จาก Slack,1.2m,31/12/2569\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(json(command("/salesbot", "import dry-run")).toString()).contains("Dry run: all 1 rows are fine");
        // the Thai names of the sub-command and its flag
        assertThat(json(command("/salesbot", "นำเข้า ทดลอง")).toString()).contains("Dry run: all 1 rows are fine");
        assertThat(json(command("/salesbot", "import")).toString()).contains("Imported 1 deal");

        assertThat(json(command("/opp", "show จาก Slack")).toString()).contains("ระบบ ERP จาก Slack");
        assertThat(json(command("/opp", "ดู จาก Slack")).toString()).contains("ระบบ ERP จาก Slack");
    }

    @Test
    void aRepsImportIsRefusedBeforeTheBotLooksForTheFile() {
        SLACK.admin(user);
        command("/opp", "help"); // the admin founds the workspace; the next user is a rep
        String rep = "U-REP-" + team;
        String name = "rep-import-" + team + ".csv";
        SLACK.share(name, "name\nSneaky deal\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int listsBefore = SLACK.calls("files.list").size();
        try {
            String reply = json(commandAs(rep, "/salesbot", "import", "trig-imp-" + team))
                    .toString();

            assertThat(reply).contains("needs the admin role");
            assertThat(SLACK.calls("files.list"))
                    .as("no file looked up for a rep")
                    .hasSize(listsBefore);
            assertThat(SLACK.all()).extracting(FakeSlack.Call::path).noneMatch(path -> path.endsWith(name));
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM opportunity o JOIN workspace w ON w.id = o.workspace_id"
                                    + " WHERE w.external_id = ?",
                            Integer.class,
                            team))
                    .isZero();
        } finally {
            SLACK.unshare(name);
        }
    }

    @Test
    void aCsvOverTheImportLimitIsRefusedByNameAndNotDownloaded() {
        SLACK.admin(user);
        command("/opp", "help");
        String name = "huge-" + user + ".csv";
        SLACK.share(name, new byte[11 * 1024 * 1024]);
        try {
            assertThat(json(command("/salesbot", "import")).toString()).contains(name, "10 MB");
            assertThat(SLACK.all()).extracting(FakeSlack.Call::path).noneMatch(path -> path.endsWith(name));
        } finally {
            SLACK.unshare(name); // the fake lists every test's files to every test
        }
    }

    @Test
    void hostileTextIsStoredAsTypedAndShownHarmless() {
        String hostile = "<!everyone> <http://evil.example|click> '; DROP TABLE opportunity; -- & co";

        JsonObject card = json(command("/opp", "new \"" + hostile + "\" amount:1m"));

        String blocks = card.getAsJsonArray("blocks").toString();
        assertThat(blocks).doesNotContain("<!everyone>", "<http://evil.example|click>");
        assertThat(blocks).contains("&lt;!everyone&gt;", "DROP TABLE opportunity", "&amp; co");
        assertThat(jdbc.queryForObject(
                        "SELECT o.name FROM opportunity o JOIN workspace w ON w.id = o.workspace_id WHERE w.external_id = ?",
                        String.class,
                        team))
                .isEqualTo(hostile);
    }

    @Test
    void aChartTheBotCannotPostExplainsHowToInviteIt() {
        command("/opp", "new Chart Deal amount:1m close:2026-12-15");
        SLACK.failNext("files.completeUploadExternal", "not_in_channel");
        String trigger = "trig-chart-" + team;

        commandAs(user, "/pipeline", "", trigger);

        FakeSlack.Call note =
                SLACK.await("respond", c -> c.path().endsWith(trigger), 1).get(0);
        assertThat(note.json().get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(note.json().get("text").getAsString()).contains("/invite @Salesbot");
    }

    @Test
    void helpIsAnsweredWithinSlacksLimits() {
        JsonObject ack = json(command("/opp", "help"));

        assertThat(ack.getAsJsonArray("blocks")).isNotEmpty();
        ack.getAsJsonArray("blocks").forEach(block -> {
            JsonObject text = block.getAsJsonObject().getAsJsonObject("text");
            assertThat(text == null ? "" : text.get("text").getAsString()).hasSizeLessThan(3000);
        });
        assertThat(texts(ack.getAsJsonArray("blocks"))).contains("/opp new");
    }
}
