package io.salesbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker the limit tests rely on does find broken limits. */
class SlackLimitsCheckerTests {

    @Test
    void findsEveryKindOfBrokenLimit() {
        String section = "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + "a".repeat(3001) + "\"}}";
        String button = "{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"action_id\":\"b\","
                + "\"text\":{\"type\":\"plain_text\",\"text\":\"" + "b".repeat(76) + "\"},\"value\":\"v\"}]}";
        StringBuilder blocks = new StringBuilder("[" + section + "," + button);
        for (int i = 0; i < 49; i++) {
            blocks.append(",{\"type\":\"divider\"}");
        }
        blocks.append(",{\"type\":\"rich_text\"}]");

        assertThat(SlackLimitsChecker.message("{\"text\":\"t\",\"blocks\":" + blocks + "}"))
                .anyMatch(v -> v.startsWith("blocks: 52 > 50"))
                .anyMatch(v -> v.contains("3001 characters > 3000"))
                .anyMatch(v -> v.contains("button text: 76 characters > 75"))
                .anyMatch(v -> v.contains("unknown block type"));
    }

    @Test
    void addsUpTheTextsOfAMessage() {
        StringBuilder blocks = new StringBuilder("[");
        for (int i = 0; i < 5; i++) {
            blocks.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"")
                    .append("a".repeat(2900))
                    .append("\"}}");
        }
        blocks.append("]");

        assertThat(SlackLimitsChecker.message("{\"blocks\":" + blocks + "}"))
                .containsExactly("block texts add up to 14500 > 12000");
    }
}
