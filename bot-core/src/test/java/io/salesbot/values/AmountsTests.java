package io.salesbot.values;

import static io.salesbot.values.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.common.MoneyRules;
import io.salesbot.common.SalesbotException;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AmountsTests {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1200000                 | 1200000.00
            1,200,000               | 1200000.00
            1200000.50              | 1200000.50
            1,200,000.50            | 1200000.50
            0                       | 0.00
            007                     | 7.00
            1.2m                    | 1200000.00
            1.2M                    | 1200000.00
            500k                    | 500000.00
            500K                    | 500000.00
            2b                      | 2000000000.00
            2B                      | 2000000000.00
            1.5bn                   | 1500000000.00
            1,500k                  | 1500000.00
            ฿1,200,000              | 1200000.00
            ฿ 1,200,000             | 1200000.00
            THB 1200000             | 1200000.00
            thb1200000              | 1200000.00
            1,200,000 บาท           | 1200000.00
            1200000บาท              | 1200000.00
            1,200,000 THB           | 1200000.00
            ฿1.2m                   | 1200000.00
            THB 500k                | 500000.00
            1.2 ล้าน                | 1200000.00
            1.2ล้าน                 | 1200000.00
            1.2 ล้านบาท             | 1200000.00
            1.2 ล้าน บาท            | 1200000.00
            5 แสน                   | 500000.00
            3 หมื่น                 | 30000.00
            2 พัน                   | 2000.00
            2.5พัน                  | 2500.00
            1.2 พันล้าน             | 1200000000.00
            5 หมื่นล้าน             | 50000000000.00
            2 แสนล้าน               | 200000000000.00
            1,500.-                 | 1500.00
            1,500.- บาท             | 1500.00
            ๑๒๓                     | 123.00
            ๑,๒๐๐,๐๐๐               | 1200000.00
            ๑.๒ ล้าน                | 1200000.00
            ' 1200000 '             | 1200000.00
            '  1.2   ล้าน  '        | 1200000.00
            0.005                   | 0.01
            1.005                   | 1.01
            0.125                   | 0.13
            0.29m                   | 290000.00
            1.234567m               | 1234567.00
            0.0000001m              | 0.10
            999999999999999.99      | 999999999999999.99
            999,999,999,999,999.994 | 999999999999999.99
            999.99999999999999999b  | 1000000000000.00
            """)
    void readsEveryAcceptedForm(String raw, String expected) {
        BigDecimal amount = Amounts.parse(raw);

        assertThat(amount).isEqualTo(new BigDecimal(expected));
        assertThat(amount.scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invisibleWhitespace")
    void ignoresChatWhitespaceAroundTheNumber(String raw) {
        assertThat(Amounts.parse(raw)).isEqualByComparingTo("1200000");
    }

    static Stream<String> invisibleWhitespace() {
        return Stream.of(
                "\t1,200,000\u00a0",
                "\u00a01.2\u00a0ล้าน",
                "1.2\tm",
                "\u200b1200000",
                "\n1200000\r\n",
                "\u3000฿1,200,000\u3000");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -5                        | error.amount.negative
            -1,200,000                | error.amount.negative
            −5                        | error.amount.negative
            -1.2m                     | error.amount.negative
            - 1.2 ล้าน                | error.amount.negative
            ฿-5                       | error.amount.negative
            -฿5                       | error.amount.negative
            -0                        | error.amount.negative
            1000000000000000          | error.amount.tooLarge
            999,999,999,999,999.995   | error.amount.tooLarge
            1000000b                  | error.amount.tooLarge
            10000 แสนล้าน             | error.amount.tooLarge
            99999999999999999999999999999999999999 | error.amount.tooLarge
            ''                        | error.amount.invalid
            '   '                     | error.amount.invalid
            abc                       | error.amount.invalid
            1.2.3                     | error.amount.invalid
            1,2,3,4                   | error.amount.invalid
            12abc                     | error.amount.invalid
            1.5 mb                    | error.amount.invalid
            1.5mb                     | error.amount.invalid
            1.2kk                     | error.amount.invalid
            1e6                       | error.amount.invalid
            1,20,000                  | error.amount.invalid
            1200,000                  | error.amount.invalid
            ',100'                    | error.amount.invalid
            '1,'                      | error.amount.invalid
            1,000.                    | error.amount.invalid
            .5                        | error.amount.invalid
            1.                        | error.amount.invalid
            ฿                         | error.amount.invalid
            THB                       | error.amount.invalid
            k                         | error.amount.invalid
            ล้าน                      | error.amount.invalid
            1 ล้าน 2 แสน              | error.amount.invalid
            1 200 000                 | error.amount.invalid
            --5                       | error.amount.invalid
            -฿-5                      | error.amount.invalid
            +5                        | error.amount.invalid
            NaN                       | error.amount.invalid
            Infinity                  | error.amount.invalid
            ١٢٣                       | error.amount.invalid
            $100                      | error.amount.invalid
            5 USD                     | error.amount.invalid
            -abc                      | error.amount.invalid
            """)
    void rejectsWithTheExactKeyAndTheRawValue(String raw, String key) {
        assertRejected(() -> Amounts.parse(raw), key, raw);
    }

    @Test
    void treatsNullAsBlank() {
        assertRejected(() -> Amounts.parse(null), "error.amount.invalid", "");
    }

    @Test
    void echoesTheRawTextUntouchedInTheError() {
        assertRejected(() -> Amounts.parse("  ๑๒abc\u00a0"), "error.amount.invalid", "  ๑๒abc\u00a0");
    }

    @Test
    void tooLargeNamesTheLimitThatWasExceeded() {
        // Typed amounts stop lower than stored totals, so each error must carry its own maximum.
        assertThatThrownBy(() -> Amounts.parse("1000000000000000"))
                .isInstanceOfSatisfying(
                        SalesbotException.class,
                        e -> assertThat(e.args()).containsExactly("1000000000000000", "999,999,999,999,999.99"));
        assertThatThrownBy(() -> MoneyRules.amount("total", new BigDecimal("100000000000000000")))
                .isInstanceOfSatisfying(
                        SalesbotException.class,
                        e -> assertThat(e.args()).containsExactly("100000000000000000", "99,999,999,999,999,999.99"));
    }
}
