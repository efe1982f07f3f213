package io.salesbot.discord.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LimitsTests {

    @Test
    void keepsShortTextAsItIs() {
        assertThat(Limits.cut("สวัสดี", 100)).isEqualTo("สวัสดี");
    }

    @Test
    void cutsLongTextAtAWordWithAnEllipsisWithinTheLimit() {
        String cut = Limits.cut("word ".repeat(40), 100);
        assertThat(cut).hasSizeLessThanOrEqualTo(100).endsWith("word…");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String emoji = "a".repeat(8) + "😀" + "b".repeat(10);
        String cut = Limits.cut(emoji, 10);
        assertThat(cut).hasSizeLessThanOrEqualTo(10);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }
}
