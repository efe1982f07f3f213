package io.salesbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/** Proves the guard of every Discord test: a payload JDA cannot read shows up as an ERROR line. */
class JdaErrorGuardIntegrationTests extends DiscordIntegrationTestBase {

    @Test
    void anInteractionJdaCannotParseIsCaught() throws InterruptedException {
        // given an interaction without its required fields
        DISCORD.dispatchRaw(
                "INTERACTION_CREATE", DataObject.empty().put("type", 2).put("id", "1"));

        // then JDA logs an error, which the guard collects (and this test drains)
        List<String> errors = List.of();
        for (int i = 0; i < 100 && errors.isEmpty(); i++) {
            Thread.sleep(50);
            errors = ERRORS.drain();
        }
        assertThat(errors).anyMatch(line -> line.startsWith("net.dv8tion"));
    }
}
