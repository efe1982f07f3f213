package io.salesbot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OccurrencesTests {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @ParameterizedTest
    @CsvSource({
        // now (UTC)           , latest Monday 09:00 Bangkok
        "2026-11-30T01:59:00Z, 2026-11-23",
        "2026-11-30T02:00:00Z, 2026-11-30",
        "2026-12-02T12:00:00Z, 2026-11-30",
        "2026-11-29T20:00:00Z, 2026-11-23",
    })
    void weeklyDigestsComeDueAtTheWorkspacesOwnNineOClock(Instant now, LocalDate latest) {
        assertThat(Occurrences.latestWeekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), now.atZone(BANGKOK)))
                .isEqualTo(latest);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-30, , true", "2026-11-30, 2026-11-23, true", "2026-11-30, 2026-11-30, false"})
    void isDueOnceForEachNewOccurrence(LocalDate latest, LocalDate lastHandled, boolean due) {
        assertThat(Occurrences.due(latest, lastHandled)).isEqualTo(due);
    }
}
