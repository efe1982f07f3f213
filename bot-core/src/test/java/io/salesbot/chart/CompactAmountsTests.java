package io.salesbot.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactAmountsTests {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    @ParameterizedTest(name = "en {0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            0             | THB  | ฿0
            -1            | THB  | -฿1
            950           | THB  | ฿950
            999           | THB  | ฿999
            999.5         | THB  | ฿1K
            1000          | THB  | ฿1K
            1234.56       | THB  | ฿1.23K
            12345         | THB  | ฿12.3K
            500000        | THB  | ฿500K
            999999        | THB  | ฿1M
            1000000       | THB  | ฿1M
            1200000       | THB  | ฿1.2M
            1250000       | THB  | ฿1.25M
            -1250000      | THB  | -฿1.25M
            1999999       | THB  | ฿2M
            1234567890    | THB  | ฿1.23B
            1E+12         | THB  | ฿1T
            1E+15         | THB  | ฿1,000T
            12.5          | THB  | ฿12.5
            0.755         | THB  | ฿0.76
            -0.001        | THB  | ฿0
            1200000       | USD  | $1.2M
            1200000       | SGD  | SGD 1.2M
            1200000       | NULL | 1.2M
            """)
    void formatsEnglishAmountsCompactly(BigDecimal amount, String currency, String expected) {
        // given an English locale, when formatted, then
        assertThat(CompactAmounts.format(amount, Locale.ENGLISH, currency)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "th {0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            0             | THB  | 0
            -1            | THB  | -1
            950           | THB  | 950
            999           | THB  | 999
            1000          | THB  | 1,000
            1234.56       | THB  | 1,235
            12.5          | THB  | 12.5
            500000        | THB  | 500,000
            999999        | THB  | 999,999
            999999.5      | THB  | 1 ล้าน
            1000000       | THB  | 1 ล้าน
            1200000       | THB  | 1.2 ล้าน
            1250000       | THB  | 1.25 ล้าน
            -1250000      | THB  | -1.25 ล้าน
            1234567890    | THB  | 1,235 ล้าน
            1E+12         | THB  | 1 ล้านล้าน
            -0.001        | THB  | 0
            1200000       | USD  | $1.2 ล้าน
            1200000       | NULL | 1.2 ล้าน
            """)
    void formatsThaiAmountsWithLan(BigDecimal amount, String currency, String expected) {
        // given a Thai locale, when formatted, then
        assertThat(CompactAmounts.format(amount, THAI, currency)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "full {0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1200000       | THB | ฿1,200,000
            1200000.5     | THB | ฿1,200,000.50
            1200000.00    | THB | ฿1,200,000
            -42.125       | THB | -฿42.13
            0             | THB | ฿0
            1E+3          | THB | ฿1,000
            1E+12         | THB | ฿1,000,000,000,000
            1234.5        | JPY | ¥1,235
            99.99         | USD | $99.99
            """)
    void writesFullAmountsWithGroupingAndOnlyNeededDecimals(BigDecimal amount, String currency, String expected) {
        // given English and Thai readers, when written in full, then both get the same text
        assertThat(CompactAmounts.full(amount, Locale.ENGLISH, currency)).isEqualTo(expected);
        assertThat(CompactAmounts.full(amount, THAI, currency)).isEqualTo(expected);
    }

    @Test
    void neverUsesScientificNotationOrNonLatinDigits() {
        // given amounts from a hundred-thousandth to 10^20, and Thai asking for Thai digits
        Locale thaiDigits = Locale.forLanguageTag("th-TH-u-nu-thai");
        for (int exponent = -5; exponent <= 20; exponent++) {
            BigDecimal amount = BigDecimal.ONE.scaleByPowerOfTen(exponent).multiply(new BigDecimal("1.5"));
            for (Locale locale : new Locale[] {Locale.ENGLISH, thaiDigits}) {
                // when
                String compact = CompactAmounts.format(amount, locale, "THB");
                String full = CompactAmounts.full(amount, locale, "THB");
                // then
                assertThat(compact).doesNotContain("E").matches("[-฿0-9.,]+( ?[KMBT]| ล้าน| ล้านล้าน)?");
                assertThat(full).doesNotContain("E").matches("-?฿[0-9,]+(\\.[0-9]{2})?");
            }
        }
    }
}
