package io.salesbot.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTests {

    private static final Font FONT = ThaiCapableFont.resolve().deriveFont(13f);

    @Test
    void fitsTextToAWidthWithoutSplittingThaiMarksFromTheirConsonant() {
        // given Thai text full of vowel and tone marks, far wider than 100 px
        String text = "ปิดการขายได้ รอดำเนินการ".repeat(5);
        // when fitted
        String fitted = Labels.fit(text, FONT, 100);
        // then it fits, ends in an ellipsis, and is a prefix cut at a cluster boundary
        assertThat(Labels.width(fitted, FONT)).isLessThanOrEqualTo(100);
        assertThat(fitted).endsWith("…");
        String kept = fitted.substring(0, fitted.length() - 1);
        assertThat(text).startsWith(kept);
        assertThat(text.substring(kept.length()).codePointAt(0))
                .satisfies(next -> assertThat(Character.getType(next)).isNotEqualTo((int) Character.NON_SPACING_MARK));
    }

    @Test
    void leavesFittingTextAndEmojiIntact() {
        assertThat(Labels.fit("Q1 👍", FONT, 200)).isEqualTo("Q1 👍");
        assertThat(Labels.fit("👍".repeat(50), FONT, 60)).matches("(👍)*…");
    }

    @Test
    void cutsCategoryNamesInTheMiddleSoTheirDistinguishingEndStays() {
        // given names that differ only in their last word
        String first = "แคมเปญลูกค้าใหม่ไตรมาสที่ 1";
        String second = "แคมเปญลูกค้าใหม่ไตรมาสที่ 2";
        // when fitted into 90 px
        String a = Labels.fitMiddle(first, FONT, 90);
        String b = Labels.fitMiddle(second, FONT, 90);
        // then both fit, keep their start and end, and stay distinct
        assertThat(Labels.width(a, FONT)).isLessThanOrEqualTo(90);
        assertThat(a).startsWith("แค").contains("…").endsWith("1");
        assertThat(b).endsWith("2");
    }

    @Test
    void makesDuplicateLabelsUnique() {
        assertThat(Labels.unique(List.of("Won", "Won", "Won (2)", "Lost")))
                .containsExactly("Won", "Won (2)", "Won (2) (2)", "Lost");
    }
}
