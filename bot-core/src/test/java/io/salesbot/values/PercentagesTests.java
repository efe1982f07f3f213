package io.salesbot.values;

import static io.salesbot.values.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentagesTests {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10                | 10.00
            10%               | 10.00
            12.5%             | 12.50
            12.5              | 12.50
            12.50%            | 12.50
            33.33             | 33.33
            0                 | 0.00
            0%                | 0.00
            100               | 100.00
            100.00%           | 100.00
            ' 10 % '          | 10.00
            ๑๐%               | 10.00
            10 เปอร์เซ็นต์      | 10.00
            10％              | 10.00
            """)
    void readsDiscountsFromZeroToHundred(String raw, String expected) {
        BigDecimal discount = Percentages.parse(raw);

        assertThat(discount).isEqualTo(new BigDecimal(expected));
        assertThat(discount.scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            -5
            -0
            100.01
            101
            1,000
            12.345
            abc
            ''
            '  '
            %
            10%%
            %10
            50-60
            10 percent
            1e1
            """)
    void rejectsWithTheDiscountKeyAndTheRawValue(String raw) {
        assertRejected(() -> Percentages.parse(raw), "error.discount.invalid", raw);
    }

    @Test
    void treatsNullAsBlank() {
        assertRejected(() -> Percentages.parse(null), "error.discount.invalid", "");
    }
}
