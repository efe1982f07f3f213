package io.salesbot.values;

import static io.salesbot.values.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbabilitiesTests {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            60                | 60
            60%               | 60
            ' 60 % '          | 60
            ๖๐                | 60
            ๖๐%               | 60
            60 เปอร์เซ็นต์      | 60
            60％              | 60
            0                 | 0
            0%                | 0
            100               | 100
            100%              | 100
            60.0              | 60
            60.00%            | 60
            007               | 7
            """)
    void readsWholePercentages(String raw, int expected) {
        assertThat(Probabilities.parse(raw)).isEqualTo(expected);
    }

    @Test
    void ignoresTabsAndNonBreakingSpaces() {
        assertThat(Probabilities.parse("\t60\u00a0%\u00a0")).isEqualTo(60);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            101                   | error.probability.range
            -1                    | error.probability.range
            -60%                  | error.probability.range
            1000                  | error.probability.range
            1,000                 | error.probability.range
            99999999999999999999  | error.probability.range
            abc                   | error.probability.invalid
            ''                    | error.probability.invalid
            '  '                  | error.probability.invalid
            60.5                  | error.probability.invalid
            0.6                   | error.probability.invalid
            100.5                 | error.probability.invalid
            60%%                  | error.probability.invalid
            %60                   | error.probability.invalid
            %                     | error.probability.invalid
            sixty                 | error.probability.invalid
            6O                    | error.probability.invalid
            1e2                   | error.probability.invalid
            --1                   | error.probability.invalid
            -abc                  | error.probability.invalid
            50-60                 | error.probability.invalid
            60 percent            | error.probability.invalid
            """)
    void rejectsWithTheExactKeyAndTheRawValue(String raw, String key) {
        assertRejected(() -> Probabilities.parse(raw), key, raw);
    }

    @Test
    void treatsNullAsBlank() {
        assertRejected(() -> Probabilities.parse(null), "error.probability.invalid", "");
    }
}
