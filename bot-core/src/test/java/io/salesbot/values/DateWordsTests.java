package io.salesbot.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word forms of {@link Dates}: relative words, weekdays (the next one, today included) and quarters, against a fixed 2026-11-27. */
class DateWordsTests {

    private final Dates dates = new Dates(DatesTests.CLOCK, DatesTests.BANGKOK);

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            today              | 2026-11-27
            TODAY              | 2026-11-27
            friday             | 2026-11-27
            monday             | 2026-11-30
            Mon                | 2026-11-30
            next thursday      | 2026-12-03
            ศุกร์               | 2026-11-27
            วันจันทร์            | 2026-11-30
            พฤหัสบดี            | 2026-12-03
            ' Today '          | 2026-11-27
            tomorrow           | 2026-11-28
            yesterday          | 2026-11-26
            end-of-month       | 2026-11-30
            end of month       | 2026-11-30
            End_Of_Month       | 2026-11-30
            endofmonth         | 2026-11-30
            eom                | 2026-11-30
            EOM                | 2026-11-30
            next-month         | 2026-12-31
            next month         | 2026-12-31
            end-of-next-month  | 2026-12-31
            end-of-quarter     | 2026-12-31
            eoq                | 2026-12-31
            end-of-year        | 2026-12-31
            eoy                | 2026-12-31
            วันนี้              | 2026-11-27
            พรุ่งนี้            | 2026-11-28
            เมื่อวาน            | 2026-11-26
            เมื่อวานนี้          | 2026-11-26
            สิ้นเดือน           | 2026-11-30
            สิ้นเดือนนี้         | 2026-11-30
            เดือนหน้า           | 2026-12-31
            สิ้นเดือนหน้า        | 2026-12-31
            สิ้นไตรมาส          | 2026-12-31
            สิ้นปี              | 2026-12-31
            สิ้นปีนี้            | 2026-12-31
            """)
    void readsRelativeWordsAgainstWorkspaceToday(String raw, LocalDate expected) {
        assertThat(dates.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Q4             | 2026-12-31
            q4             | 2026-12-31
            Q1             | 2027-03-31
            Q2             | 2027-06-30
            Q3             | 2027-09-30
            2026-Q4        | 2026-12-31
            Q4-2026        | 2026-12-31
            Q4 2026        | 2026-12-31
            2026 q4        | 2026-12-31
            q1-2026        | 2026-03-31
            2027-Q1        | 2027-03-31
            Q4-2569        | 2026-12-31
            2569-Q4        | 2026-12-31
            ไตรมาส 1        | 2027-03-31
            ไตรมาสที่ 4      | 2026-12-31
            ไตรมาส 2 2570   | 2027-06-30
            """)
    void readsQuartersAsTheirLastDayRollingPastOnesToNextYear(String raw, LocalDate expected) {
        assertThat(dates.parse(raw)).isEqualTo(expected);
    }

    @Test
    void keepsAQuarterOnItsLastDayInThisYear() {
        Dates onLastDay =
                new Dates(Clock.fixed(Instant.parse("2026-12-31T10:00:00Z"), ZoneOffset.UTC), DatesTests.BANGKOK);

        assertThat(onLastDay.parse("Q4")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(onLastDay.parse("Q3")).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void computesTodayInTheWorkspaceZoneNotUtc() {
        // 18:30 UTC on the 26th is already 01:30 on the 27th in Bangkok.
        Clock lateUtc = Clock.fixed(Instant.parse("2026-11-26T18:30:00Z"), ZoneOffset.UTC);

        assertThat(new Dates(lateUtc, DatesTests.BANGKOK).parse("today")).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(new Dates(lateUtc, ZoneOffset.UTC).parse("today")).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(new Dates(lateUtc).parse("today")).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void endsNextMonthOnItsRealLastDay() {
        Dates jan31 = new Dates(Clock.fixed(Instant.parse("2027-01-31T05:00:00Z"), ZoneOffset.UTC), DatesTests.BANGKOK);

        assertThat(jan31.parse("next-month")).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(jan31.parse("eom")).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(jan31.parse("eoq")).isEqualTo(LocalDate.of(2027, 3, 31));
    }
}
