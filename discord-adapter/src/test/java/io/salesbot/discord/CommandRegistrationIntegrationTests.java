package io.salesbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.discord.fake.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class CommandRegistrationIntegrationTests extends DiscordIntegrationTestBase {

    @Test
    void registersEveryRootWithSubcommandsTypedOptionsAndThaiLocalizations() {
        // given the bot logged in and ready: when it registered its commands in the first guild
        RecordedCall put = DISCORD.rest()
                .await(
                        c -> c.is("PUT", ".*/guilds/" + DISCORD.acme().id() + "/commands"),
                        java.time.Duration.ofSeconds(5));
        DataArray commands = put.jsonArray();

        // then one command per root, in the catalogue's order
        List<String> names = new ArrayList<>();
        for (int i = 0; i < commands.length(); i++) {
            names.add(commands.getObject(i).getString("name"));
        }
        assertThat(names).containsExactly("opp", "lead", "pipeline", "forecast", "campaign", "salesbot");

        DataObject opp = commands.getObject(0);
        assertThat(opp.getObject("name_localizations").getString("th")).isEqualTo("ดีล");
        assertThat(opp.getObject("description_localizations").getString("th")).contains("ดีล");
        DataObject stage = sub(opp, "stage");
        assertThat(stage.getInt("type")).isEqualTo(1);
        assertThat(stage.getObject("description_localizations").getString("th")).isNotBlank();
        DataArray stageOptions = stage.getArray("options");
        // required options first, the button-only version option left out
        assertThat(optionNames(stageOptions)).containsExactly("deal", "stage");
        assertThat(stageOptions.getObject(0).getBoolean("required")).isTrue();
        assertThat(stageOptions.getObject(0).getBoolean("autocomplete")).isTrue();
        assertThat(stageOptions.getObject(0).getInt("type")).isEqualTo(3);

        DataArray productOptions = sub(opp, "product").getArray("options");
        DataObject addon = find(productOptions, "addon");
        assertThat(addon.getInt("type")).as("a flag is a boolean").isEqualTo(5);

        DataObject pipeline = commands.getObject(2);
        assertThat(optionNames(pipeline.getArray("options"))).containsExactly("who", "type", "campaign", "share");
        assertThat(find(pipeline.getArray("options"), "share").getInt("type")).isEqualTo(5);
        // /forecast has sub-commands beside its own command, which Discord lists as "view"
        DataObject forecast = commands.getObject(3);
        DataObject by = find(sub(forecast, "view").getArray("options"), "by");
        assertThat(by.getArray("choices").length()).isEqualTo(3);
        DataObject changes = sub(forecast, "changes");
        assertThat(changes.getInt("type")).isEqualTo(1);
        assertThat(optionNames(changes.getArray("options"))).containsExactly("period", "who", "since", "by", "share");
        assertThat(find(changes.getArray("options"), "since")
                        .getObject("description_localizations")
                        .getString("th"))
                .contains("last-week");

        // every description within Discord's 100 characters
        assertThat(put.text()).doesNotContain("help.").doesNotContain("option.");
        assertDescriptionsFit(commands);
    }

    private static void assertDescriptionsFit(DataArray items) {
        for (int i = 0; i < items.length(); i++) {
            DataObject item = items.getObject(i);
            assertThat(item.getString("description").length()).isBetween(1, 100);
            item.optObject("description_localizations")
                    .ifPresent(l -> assertThat(l.getString("th").length()).isBetween(1, 100));
            item.optArray("options").ifPresent(CommandRegistrationIntegrationTests::assertDescriptionsFit);
        }
    }

    private static DataObject sub(DataObject command, String name) {
        return find(command.getArray("options"), name);
    }

    private static DataObject find(DataArray options, String name) {
        for (int i = 0; i < options.length(); i++) {
            if (options.getObject(i).getString("name").equals(name)) {
                return options.getObject(i);
            }
        }
        throw new AssertionError("no option " + name + " in " + options);
    }

    private static List<String> optionNames(DataArray options) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < options.length(); i++) {
            names.add(options.getObject(i).getString("name"));
        }
        return names;
    }
}
