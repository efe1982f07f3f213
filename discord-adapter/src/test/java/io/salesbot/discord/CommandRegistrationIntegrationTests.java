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
        assertThat(names)
                .containsExactly("opp", "lead", "task", "pipeline", "forecast", "campaign", "salesbot", "Log to deal");
        DataObject task = commands.getObject(2);
        assertThat(task.getObject("name_localizations").getString("th")).isEqualTo("งาน");
        assertThat(optionNames(sub(task, "new").getArray("options"))).containsExactly("text", "deal", "due", "owner");
        // "Log to deal" is on a message's menu (type 3), with its Thai name
        DataObject log = commands.getObject(7);
        assertThat(log.getInt("type")).isEqualTo(3);
        assertThat(log.getObject("name_localizations").getString("th")).isEqualTo("บันทึกลงโอกาสการขาย");

        DataObject opp = commands.getObject(0);
        assertThat(opp.getObject("name_localizations").getString("th")).isEqualTo("ดีล");
        assertThat(opp.getObject("description_localizations").getString("th")).contains("โอกาสการขาย");
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

        DataObject pipeline = commands.getObject(3);
        assertThat(optionNames(pipeline.getArray("options")))
                .containsExactly("who", "period", "type", "campaign", "funnel", "share");
        assertThat(find(pipeline.getArray("options"), "share").getInt("type")).isEqualTo(5);
        assertThat(find(pipeline.getArray("options"), "funnel").getInt("type"))
                .as("/pipeline funnel is a flag: /pipeline alone is a command, so it has no sub-commands")
                .isEqualTo(5);
        // Discord gives a root options or sub-commands: /forecast's own report is "show"
        DataObject forecast = commands.getObject(4);
        assertThat(optionNames(forecast.getArray("options")))
                .contains("show", "submit", "calls", "accuracy", "changes");
        DataObject by = find(sub(forecast, "show").getArray("options"), "by");
        assertThat(optionNames(sub(forecast, "submit").getArray("options")))
                .containsExactly("period", "commit", "best", "note");
        assertThat(by.getArray("choices").length())
                .as("rep, type, campaign, category")
                .isEqualTo(4);
        DataObject changes = sub(forecast, "changes");
        assertThat(changes.getInt("type")).isEqualTo(1);
        assertThat(optionNames(changes.getArray("options"))).containsExactly("period", "who", "since", "by", "share");
        assertThat(find(changes.getArray("options"), "since")
                        .getObject("description_localizations")
                        .getString("th"))
                .contains("last-week");

        // sub-commands under the Thai names the text path reads; choices in the Thai keyword it reads
        assertThat(stage.getObject("name_localizations").getString("th")).isEqualTo("เปลี่ยนสถานะ");
        assertThat(by.getArray("choices").getObject(0).getString("value")).isEqualTo("rep");
        assertThat(by.getArray("choices")
                        .getObject(0)
                        .getObject("name_localizations")
                        .getString("th"))
                .isEqualTo("พนักงานขาย");
        assertSubcommandsNamedInThai(commands);
        assertThat(assertEveryChoiceNamedInThai(commands)).as("choices checked").isGreaterThan(20);

        // every description within Discord's 100 characters
        assertThat(put.text()).doesNotContain("help.").doesNotContain("option.");
        assertDescriptionsFit(commands);
    }

    /** Discord's rule for a name in any language; Thai is a script it allows. */
    private static final java.util.regex.Pattern DISCORD_NAME =
            java.util.regex.Pattern.compile("^[-_\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$");

    private static void assertSubcommandsNamedInThai(DataArray commands) {
        for (int i = 0; i < commands.length(); i++) {
            DataObject command = commands.getObject(i);
            java.util.Set<String> names = new java.util.HashSet<>();
            for (DataObject option : objects(command.optArray("options").orElse(DataArray.empty()))) {
                if (option.getInt("type") != 1) {
                    continue; // an option of a root without sub-commands
                }
                String thai = option.getObject("name_localizations").getString("th");
                assertThat(thai)
                        .as("/%s %s", command.getString("name"), option.getString("name"))
                        .matches(DISCORD_NAME)
                        .isEqualTo(thai.toLowerCase(java.util.Locale.ROOT));
                assertThat(names.add(thai)).as("%s named twice", thai).isTrue();
            }
        }
    }

    /** Every choice of every option, at any depth, has a Thai name within 100 characters, one per choice. */
    private static int assertEveryChoiceNamedInThai(DataArray items) {
        int choices = 0;
        for (DataObject item : objects(items)) {
            for (DataObject option : objects(item.optArray("options").orElse(DataArray.empty()))) {
                if (option.getInt("type") == 1) {
                    choices += assertEveryChoiceNamedInThai(DataArray.empty().add(option));
                    continue;
                }
                java.util.Set<String> thaiNames = new java.util.HashSet<>();
                for (DataObject choice : objects(option.optArray("choices").orElse(DataArray.empty()))) {
                    String thai = choice.getObject("name_localizations").getString("th");
                    assertThat(thai)
                            .as("%s %s: %s", item.getString("name"), option.getString("name"), choice.getString("name"))
                            .isNotBlank()
                            .hasSizeLessThanOrEqualTo(100);
                    assertThat(thaiNames.add(thai))
                            .as("%s %s: %s named twice", item.getString("name"), option.getString("name"), thai)
                            .isTrue();
                    assertThat(choice.getString("value")).isEqualTo(choice.getString("name"));
                    choices++;
                }
            }
        }
        return choices;
    }

    private static List<DataObject> objects(DataArray array) {
        List<DataObject> objects = new ArrayList<>();
        for (int i = 0; i < array.length(); i++) {
            objects.add(array.getObject(i));
        }
        return objects;
    }

    private static void assertDescriptionsFit(DataArray items) {
        for (int i = 0; i < items.length(); i++) {
            DataObject item = items.getObject(i);
            if (item.getInt("type", 1) == 3) {
                continue; // a message command has no description
            }
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
