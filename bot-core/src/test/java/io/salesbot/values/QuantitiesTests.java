package io.salesbot.values;

import static io.salesbot.values.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTests {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3               | 3.00
            2.5             | 2.50
            1,000           | 1000.00
            1,000,000       | 1000000.00
            2.50            | 2.50
            2.500           | 2.50
            0.01            | 0.01
            ๓               | 3.00
            ๒.๕             | 2.50
            ' 3 '           | 3.00
            999999999.99    | 999999999.99
            """)
    void readsPositiveQuantitiesWithUpToTwoDecimals(String raw, String expected) {
        BigDecimal quantity = Quantities.parse(raw);

        assertThat(quantity).isEqualTo(new BigDecimal(expected));
        assertThat(quantity.scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                  | error.quantity.invalid
            0.00               | error.quantity.invalid
            -1                 | error.quantity.invalid
            -2.5               | error.quantity.invalid
            2.555              | error.quantity.invalid
            0.001              | error.quantity.invalid
            abc                | error.quantity.invalid
            ''                 | error.quantity.invalid
            3 pcs              | error.quantity.invalid
            1k                 | error.quantity.invalid
            1,00               | error.quantity.invalid
            3%                 | error.quantity.invalid
            1.2.3              | error.quantity.invalid
            1000000000         | error.quantity.tooLarge
            1,000,000,000      | error.quantity.tooLarge
            999999999.995      | error.quantity.invalid
            """)
    void rejectsWithTheExactKeyAndTheRawValue(String raw, String key) {
        assertRejected(() -> Quantities.parse(raw), key, raw);
    }

    @Test
    void treatsNullAsBlank() {
        assertRejected(() -> Quantities.parse(null), "error.quantity.invalid", "");
    }
}
