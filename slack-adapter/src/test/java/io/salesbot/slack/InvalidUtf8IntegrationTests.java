package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile bytes over the real endpoint, correctly signed: text that is not valid UTF-8 is refused
 * with a reason and nothing is stored, instead of being stored as U+FFFD; valid Thai and emoji
 * are stored exactly as typed.
 */
class InvalidUtf8IntegrationTests extends SlackTestBase {

    static final String FORM = "application/x-www-form-urlencoded";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "C3 28, percent-encoded         | %C3%28",
                "a lone FF, percent-encoded     | %FF",
                "an overlong slash              | %C0%AF",
                "a Thai letter cut short        | %E0%B8",
                "a surrogate encoded in UTF-8   | %ED%A0%80",
                "C3 28 sent raw                 | C328",
                "FF sent raw                    | FF"
            })
    void aSlashCommandThatIsNotUtf8IsRefusedWithAReasonAndChangesNothing(String why, String bad) {
        int callsBefore = SLACK.all().size();

        HttpResponse<String> response = slack.sendBytes(commandWith(bad), FORM, SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject reply = json(response);
        assertThat(reply.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(reply.get("text").getAsString()).contains("/opp", "not valid UTF-8", "saved nothing");
        assertThat(workspaces()).isZero();
        assertThat(SLACK.all().subList(callsBefore, SLACK.all().size()))
                .noneMatch(call -> call.body().contains(user));
    }

    @Test
    void aThaiWorkspaceIsToldInThai() throws InterruptedException {
        SLACK.admin(user);
        command("/salesbot", "language th");
        awaitLanguage("th");
        long dealsBefore = deals();

        HttpResponse<String> response = slack.sendBytes(commandWith("%C3%28"), FORM, SECRET);

        assertThat(json(response).get("text").getAsString()).contains("UTF-8", "ไม่ได้บันทึก");
        assertThat(deals()).isEqualTo(dealsBefore);
    }

    @Test
    void theSignatureIsCheckedOverTheRawBytesFirst() {
        byte[] body = commandWith("%FF");

        assertThat(slack.sendBytes(body, FORM, null).statusCode()).isEqualTo(401);
        assertThat(slack.sendBytes(body, FORM, "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(slack.sendBytes(body, FORM, SECRET).statusCode()).isEqualTo(200);
        assertThat(workspaces()).isZero();
    }

    @Test
    void anInteractionThatIsNotUtf8IsA400ThatShowsNoInternals() throws InterruptedException {
        command("/opp", "new Untouched amount:1000");
        awaitDeal("Untouched");
        String json = "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + team + "\"},\"user\":{\"id\":\"" + user
                + "\"},\"view\":{\"callback_id\":\"salesbot_new\",\"state\":{\"values\":{\"name\":{\"value\":"
                + "{\"type\":\"plain_text_input\",\"value\":\"Evil ";
        byte[] body = concat(
                ascii("payload=" + java.net.URLEncoder.encode(json, StandardCharsets.UTF_8)),
                ascii("%C3%28"),
                ascii(java.net.URLEncoder.encode("\"}}}}}}", StandardCharsets.UTF_8)));

        HttpResponse<String> response = slack.sendBytes(body, FORM, SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("payload", "not valid UTF-8").doesNotContain("Exception", "at io.");
        assertThat(deals()).isEqualTo(1);
    }

    @Test
    void anEventThatIsNotUtf8IsA400() {
        byte[] body = concat(
                ascii("{\"type\":\"event_callback\",\"team_id\":\"" + team
                        + "\",\"event\":{\"type\":\"app_home_opened\"" + ",\"user\":\"" + user + "\",\"text\":\""),
                HexFormat.of().parseHex("C328"),
                ascii("\"}}"));

        HttpResponse<String> response = slack.sendBytes(body, "application/json", SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(workspaces()).isZero();
    }

    @Test
    void thaiAndFourByteEmojiAreStoredExactlyAsTyped() throws InterruptedException {
        String name = "ระบบ ERP 🚀 ทีม 👩‍💻";
        String trigger = "trig-emoji-" + team;

        HttpResponse<String> response = commandAs(user, "/opp", "new \"" + name + "\" amount:1m", trigger);

        assertThat(response.statusCode()).isEqualTo(200);
        awaitDeal(name);
        // Under load the card comes by response_url instead of in the ack.
        String card = response.body().isEmpty()
                ? SLACK.await("respond", call -> call.path().endsWith("/" + trigger), 1)
                        .get(0)
                        .body()
                : response.body();
        assertThat(card).contains(name);
        assertThat(jdbc.queryForObject(
                        "SELECT o.name FROM opportunity o JOIN workspace w ON w.id = o.workspace_id"
                                + " WHERE w.external_id = ?",
                        String.class,
                        team))
                .isEqualTo(name);
    }

    /** A slash command whose text holds {@code bad}: percent escapes as they are, hex digits as raw bytes. */
    private byte[] commandWith(String bad) {
        String trigger = "trig-" + UUID.randomUUID();
        String before = SignedRequests.form(
                        slashCommand(team, channel, user, "/opp", "new Evil", trigger, SLACK.responseUrl(trigger)))
                .replace("text=new+Evil", "text=new+Evil+");
        int cut = before.indexOf("text=new+Evil+") + "text=new+Evil+".length();
        byte[] middle = bad.startsWith("%") ? ascii(bad) : HexFormat.of().parseHex(bad);
        return concat(ascii(before.substring(0, cut)), middle, ascii("+deal" + before.substring(cut)));
    }

    private void awaitLanguage(String language) throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        while (!language.equals(jdbc.queryForObject(
                        "SELECT MAX(language) FROM workspace WHERE external_id = ?", String.class, team))
                && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }

    private long workspaces() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM workspace WHERE external_id = ?", Long.class, team);
    }

    private long deals() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM opportunity o JOIN workspace w ON w.id = o.workspace_id WHERE w.external_id = ?",
                Long.class,
                team);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
