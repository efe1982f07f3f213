package io.salesbot.slack.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackTextTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "`role <@U123ABC|ann> admin`    | `role @U123ABC admin`",
                "`role <@W99> manager`          | `role @W99 manager`",
                "`notify <#C42|sales> won,lost` | `notify #C42 won,lost`",
                "`notify <#C42> won`            | `notify #C42 won`",
                "`role &lt;@U1&gt; admin`       | `role <@U1> admin`",
                "`new R&amp;D &lt;phase 2&gt;`  | `new R&D <phase 2>`",
                "`new ระบบ ERP amount:1.2m`     | `new ระบบ ERP amount:1.2m`"
            })
    void turnsSlackTextIntoTheCommandLanguage(String slack, String core) {
        assertThat(SlackText.plain(slack)).isEqualTo(core);
    }
}
