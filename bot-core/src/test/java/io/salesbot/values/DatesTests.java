package io.salesbot.values;

import static io.salesbot.values.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTests {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    /** 2026-11-27 12:00 in Bangkok. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T05:00:00Z"), ZoneOffset.UTC);

    private final Dates dates = new Dates(CLOCK, BANGKOK);

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-31        | 2026-12-31
            2026/12/31        | 2026-12-31
            2026-1-5          | 2026-01-05
            31/12/2026        | 2026-12-31
            31-12-2026        | 2026-12-31
            1/2/2026          | 2026-02-01
            01/02/2026        | 2026-02-01
            29/02/2028        | 2028-02-29
            ๓๑/๑๒/๒๐๒๖        | 2026-12-31
            ' 31/12/2026 '    | 2026-12-31
            2025-01-01        | 2025-01-01
            """)
    void readsNumericDatesDayFirst(String raw, LocalDate expected) {
        assertThat(dates.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            31/12/2569        | 2026-12-31
            2569-12-31        | 2026-12-31
            31-12-2569        | 2026-12-31
            1/1/2570          | 2027-01-01
            29/02/2567        | 2024-02-29
            ๓๑/๑๒/๒๕๖๙        | 2026-12-31
            31/12/2942        | 2399-12-31
            """)
    void readsBuddhistEraYears(String raw, LocalDate expected) {
        assertThat(dates.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            31/13/2026          | error.date.invalid
            30/02/2026          | error.date.invalid
            29/02/2026          | error.date.invalid
            32/01/2026          | error.date.invalid
            0/1/2026            | error.date.invalid
            12/31/2026          | error.date.invalid
            2026-13-01          | error.date.invalid
            2026-02-30          | error.date.invalid
            2026-12-31T00:00    | error.date.invalid
            31/12-2026          | error.date.invalid
            2026.12.31          | error.date.invalid
            20261231            | error.date.invalid
            31/12/269           | error.date.invalid
            31/12/1899          | error.date.invalid
            31/12/2943          | error.date.invalid
            31/12/2400          | error.date.invalid
            31/12/20266         | error.date.invalid
            31 Dec 2026         | error.date.invalid
            ''                  | error.date.invalid
            '   '               | error.date.invalid
            garbage             | error.date.invalid
            next week           | error.date.invalid
            tomorrow!           | error.date.invalid
            Q5                  | error.date.invalid
            Q0                  | error.date.invalid
            Q4-26               | error.date.invalid
            Q4-1800             | error.date.invalid
            31/12/69            | error.date.twoDigitYear
            31-12-26            | error.date.twoDigitYear
            1/1/69              | error.date.twoDigitYear
            ๓๑/๑๒/๖๙            | error.date.twoDigitYear
            31/12-69            | error.date.invalid
            """)
    void rejectsWithTheExactKeyAndTheRawValue(String raw, String key) {
        assertRejected(() -> dates.parse(raw), key, raw);
    }

    @Test
    void treatsNullAsBlank() {
        assertRejected(() -> dates.parse(null), "error.date.invalid", "");
    }
}
