package io.salesbot.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Due moments as typed, on Friday 27 Nov 2026 at 10:20 in Bangkok. */
class DueTimesTests {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final Dates DATES = new Dates(Clock.fixed(Instant.parse("2026-11-27T03:20:00Z"), BANGKOK), BANGKOK);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "tomorrow            | 2026-11-28 | -",
                "2026-12-31          | 2026-12-31 | -",
                "31/12/2569          | 2026-12-31 | -",
                "พรุ่งนี้               | 2026-11-28 | -",
                "friday              | 2026-11-27 | -",
                "mon                 | 2026-11-30 | -",
                "วันจันทร์             | 2026-11-30 | -",
                "tomorrow 14:00      | 2026-11-28 | 14:00",
                "2026-12-01 9.30     | 2026-12-01 | 09:30",
                "พรุ่งนี้ 14:00 น.      | 2026-11-28 | 14:00",
                "friday at 16:00     | 2026-11-27 | 16:00",
                "sat 14:00           | 2026-11-28 | 14:00",
                "next sat 9:30       | 2026-11-28 | 09:30",
                "sat at 14:00        | 2026-11-28 | 14:00",
                "18:00               | 2026-11-27 | 18:00",
                "2h                  | 2026-11-27 | 12:20",
                "15 hours            | 2026-11-28 | 01:20",
                "2 ชั่วโมง             | 2026-11-27 | 12:20",
                "1d                  | 2026-11-28 | -",
                "3 วัน                | 2026-11-30 | -",
                "1w                  | 2026-12-04 | -",
                "2 สัปดาห์             | 2026-12-11 | -",
                "+1 week             | 2026-12-04 | -",
            })
    void readsDaysTimesAndSpans(String typed, LocalDate day, LocalTime time) {
        assertThat(DueTimes.parse(typed.strip(), DATES)).isEqualTo(new Due(day, time));
    }

    @ParameterizedTest
    @ValueSource(strings = {"someday", "25:00", "tomorrow 14:75", "", "31/13/2026 10:00"})
    void refusesWhatIsNotAMoment(String typed) {
        assertThatThrownBy(() -> DueTimes.parse(typed, DATES))
                .isInstanceOf(InvalidValueException.class)
                .extracting("messageKey")
                .isEqualTo("error.due.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-28"})
    void aDayFallsDueAtItsStartAndIsLateWhenItEndsWhereItWasSet(String day) {
        Due due = Due.on(LocalDate.parse(day));
        assertThat(due.startsAt(BANGKOK).toInstant()).isEqualTo(Instant.parse("2026-11-27T17:00:00Z"));
        assertThat(due.lateAt(BANGKOK).toInstant()).isEqualTo(Instant.parse("2026-11-28T17:00:00Z"));
        assertThat(new Due(LocalDate.parse(day), LocalTime.of(14, 0))
                        .lateAt(ZoneId.of("Asia/Tokyo"))
                        .toInstant())
                .isEqualTo(Instant.parse("2026-11-28T05:00:00Z"));
    }
}
