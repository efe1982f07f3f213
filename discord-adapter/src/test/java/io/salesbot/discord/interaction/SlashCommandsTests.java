package io.salesbot.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.command.CommandCatalog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlashCommandsTests {

    @Test
    void writesPresentPositionalOptionsInOrderAndTheRestAsNamedOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("deal", "#4");
        options.put("amount", "1.2m");
        String line = SlashCommands.line(CommandCatalog.find("opp", "edit").orElseThrow(), options);
        assertThat(line).isEqualTo("/opp edit \"#4\" amount:\"1.2m\"");
    }

    @Test
    void aMissingPositionalOptionLeavesTheCommandBareSoTheFormOpens() {
        Map<String, String> options = Map.of("amount", "500k");
        String line = SlashCommands.line(CommandCatalog.find("opp", "new").orElseThrow(), options);
        assertThat(line).isEqualTo("/opp new amount:\"500k\"");
    }
}
