package io.salesbot.discord;

import static io.salesbot.discord.fake.FakeDiscord.option;
import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.discord.fake.FakeDiscord.Sent;
import io.salesbot.discord.fake.FakeGuild;
import io.salesbot.discord.fake.RecordedCall;
import java.util.Map;
import java.util.UUID;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/**
 * "Log to deal" over Discord's wire format: the message command interaction (type 2, data type 3,
 * with the resolved message) through the fake gateway opens a modal with a menu of deals; its
 * submit keeps the message, its author and its link on the picked deal.
 */
class LogToDealIntegrationTests extends DiscordIntegrationTestBase {

    @Test
    void aMessageIsKeptOnThePickedDealWithItsAuthorAndLink() {
        // given a deal in the guild and a customer's message in its channel
        FakeGuild acme = DISCORD.acme();
        String name = "Logged deal " + UUID.randomUUID().toString().substring(0, 6);
        DISCORD.callback(DISCORD.slash(acme, acme.ownerId(), "en-US", "opp", "new", option("name", name)));
        String author = DISCORD.newUserId();

        // when the owner runs "Log to deal" on the message
        Sent sent = DISCORD.messageCommand(
                acme, acme.ownerId(), "en-US", "Log to deal", author, "anan", "Can you do 10% off?");

        // then a modal opens with the deal menu and the message's text
        RecordedCall opened = DISCORD.callback(sent);
        assertThat(opened.json().getInt("type")).isEqualTo(9);
        DataObject modal = data(opened);
        String value = dealOption(modal.getArray("components"), name);
        assertThat(modal.getArray("components").toString()).contains("Can you do 10% off?");

        // when it is submitted with that deal
        RecordedCall submitted = DISCORD.callback(DISCORD.modalSubmitWithSelect(
                acme,
                acme.ownerId(),
                "en-US",
                modal.getString("custom_id"),
                "deal",
                value,
                Map.of("text", "Can you do 10% off?")));

        // then the answer says where it went, and the timeline keeps it with author and link
        assertThat(submitted.json().getInt("type")).isEqualTo(4);
        assertThat(data(submitted).getString("content")).contains("Kept as a chat message of " + value);
        Map<String, Object> kept = jdbc.queryForMap(
                "SELECT a.kind, a.text, a.source_author, a.source_link FROM deal_activity a"
                        + " JOIN opportunity o ON o.id = a.opportunity_id WHERE o.name = ?",
                name);
        assertThat(kept)
                .containsEntry("kind", "MESSAGE")
                .containsEntry("text", "Can you do 10% off?")
                .containsEntry("source_author", "anan");
        assertThat((String) kept.get("source_link"))
                .startsWith("https://discord.com/channels/" + acme.id() + "/" + acme.channelId() + "/");
    }

    @Test
    void inThaiTheModalIsThai() {
        FakeGuild acme = DISCORD.acme();
        DISCORD.callback(
                DISCORD.slash(acme, acme.ownerId(), "th", "opp", "new", option("name", "ดีล " + UUID.randomUUID())));

        RecordedCall opened = DISCORD.callback(DISCORD.messageCommand(
                acme, acme.ownerId(), "th", "Log to deal", DISCORD.newUserId(), "anan", "ขอส่วนลดได้ไหม"));

        assertThat(data(opened).getString("title")).isEqualTo("บันทึกลงโอกาสการขาย");
    }

    /** The value of the menu option whose label names the deal. */
    private static String dealOption(DataArray components, String name) {
        for (int i = 0; i < components.length(); i++) {
            DataObject label = components.getObject(i);
            DataObject child = label.getObject("component");
            if (child.getInt("type") == 3) {
                DataArray options = child.getArray("options");
                for (int j = 0; j < options.length(); j++) {
                    if (options.getObject(j).getString("label").contains(name)) {
                        return options.getObject(j).getString("value");
                    }
                }
            }
        }
        throw new AssertionError("no option for " + name + " in " + components);
    }
}
