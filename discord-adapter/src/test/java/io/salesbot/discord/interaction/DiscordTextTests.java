package io.salesbot.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.command.OptionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscordTextTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "MEMBER  | `<@123>`                | `@123`",
                "MEMBER  | `<@!123>`               | `@123`",
                "MEMBER  | `Ann`                   | `Ann`",
                "CHANNEL | `<#789> won,lost`       | `#789 won,lost`",
                "CHANNEL | `weekly fri 16:30`      | `weekly fri 16:30`",
                "TEXT    | `<@123> <#789> <@&456>` | `<@123> <#789> <@&456>`",
                "DEAL    | `<@123>`                | `<@123>`"
            })
    void turnsMentionsIntoTheCoresReferencesOnlyWhereAnOptionNamesOne(OptionType type, String typed, String core) {
        assertThat(DiscordText.plain(type, typed)).isEqualTo(core);
    }
}
