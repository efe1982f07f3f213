package io.salesbot.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTests {

    static final String TRIGGERS = "=+-@\t\r";
    static final String[] PIECES = {
        "=",
        "+",
        "-",
        "@",
        "\t",
        "\r",
        "\n",
        "\r\n",
        "'",
        "''",
        "\"",
        ",",
        ";",
        " ",
        "|",
        "!",
        "HYPERLINK(\"http://x\")",
        "cmd|' /C calc'!A0",
        "SUM(1+1)",
        "ไทย",
        "บริษัท",
        "🎉",
        "👍🏽",
        "A",
        "1",
        "-5",
    };

    @ParameterizedTest
    @ValueSource(
            strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tx", "\rx"})
    void quotesEveryValueASpreadsheetWouldRun(String formula) {
        assertThat(SpreadsheetText.protect(formula)).isEqualTo("'" + formula);
        assertThat(SpreadsheetText.unprotect(SpreadsheetText.protect(formula))).isEqualTo(formula);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Acme ERP", "ระบบ ERP", "'tis the season", "'", "a=b", " =x", "🎉=", "1200000.50", "2026-12-31"})
    void leavesEverythingElseAsItIs(String text) {
        assertThat(SpreadsheetText.protect(text)).isEqualTo(text);
        assertThat(SpreadsheetText.unprotect(text)).isEqualTo(text);
    }

    @Test
    void aValueThatAlreadyLooksQuotedGetsOneMoreQuoteAndComesBackWhole() {
        assertThat(SpreadsheetText.protect("'=x")).isEqualTo("''=x");
        assertThat(SpreadsheetText.unprotect("''=x")).isEqualTo("'=x");
        assertThat(SpreadsheetText.unprotect("'=x")).isEqualTo("=x");
    }

    @Test
    void anyTextSurvivesTheRoundTripAndNoCellStartsAsAFormula() {
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int pieces = random.nextInt(6); pieces >= 0; pieces--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String value = text.toString();
            String cell = SpreadsheetText.protect(value);

            assertThat(SpreadsheetText.unprotect(cell))
                    .as("round trip of %s", value)
                    .isEqualTo(value);
            assertThat(TRIGGERS.indexOf(cell.charAt(0))).as("cell %s", cell).isNegative();
        }
    }

    @Test
    void nullStaysNull() {
        assertThat(SpreadsheetText.protect(null)).isNull();
        assertThat(SpreadsheetText.unprotect(null)).isNull();
    }
}
