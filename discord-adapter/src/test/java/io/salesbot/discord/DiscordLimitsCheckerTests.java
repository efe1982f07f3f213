package io.salesbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/** The checker the limit tests rely on does find broken limits. */
class DiscordLimitsCheckerTests {

    @Test
    void findsEveryKindOfBrokenLimit() {
        DataArray fields = DataArray.empty();
        for (int i = 0; i < 26; i++) {
            fields.add(DataObject.empty().put("name", "f").put("value", "v".repeat(i == 0 ? 1025 : 200)));
        }
        DataArray buttons = DataArray.empty();
        for (int i = 0; i < 6; i++) {
            buttons.add(
                    DataObject.empty().put("type", 2).put("custom_id", "c" + i).put("label", "l"));
        }
        DataObject message = DataObject.empty()
                .put("content", "c".repeat(2001))
                .put(
                        "embeds",
                        DataArray.empty()
                                .add(DataObject.empty().put("title", "t").put("fields", fields)))
                .put(
                        "components",
                        DataArray.empty().add(DataObject.empty().put("type", 1).put("components", buttons)));

        assertThat(DiscordLimitsChecker.message(message))
                .anyMatch(v -> v.startsWith("content: 2001"))
                .anyMatch(v -> v.startsWith("embed 0 fields: 26 > 25"))
                .anyMatch(v -> v.contains("field 0 value: 1025"))
                .anyMatch(v -> v.startsWith("embeds add up to"))
                .anyMatch(v -> v.startsWith("message row 0 components: 6 > 5"));
    }
}
