package io.salesbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTests {

    @ParameterizedTest(name = "{0} takes {1} columns")
    @CsvSource({
        "Acme ERP, 8",
        // Thai vowels above and below, and tone marks, sit on the consonant before them.
        "ปิดการขายได้, 10",
        "ที่, 1",
        "กำลังดำเนินการ, 12",
        "'฿1,200,000', 10",
        // East Asian wide characters and emoji take two columns.
        "日本, 4",
        "ระบบ ERP 🎉, 11",
        "✅, 2"
    })
    void countsTerminalColumnsNotCharacters(String text, int columns) {
        assertThat(DisplayWidth.of(text)).isEqualTo(columns);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ที่ดิน", "ปิดการขายได้", "ERP 🎉"})
    void padsToDisplayWidth(String text) {
        // given a column 14 wide
        // when a cell is padded either way
        String left = DisplayWidth.padRight(text, 14);
        String right = DisplayWidth.padLeft(text, 14);

        // then it fills exactly 14 columns
        assertThat(DisplayWidth.of(left)).isEqualTo(14);
        assertThat(DisplayWidth.of(right)).isEqualTo(14);
        assertThat(right).endsWith(text);
    }
}
