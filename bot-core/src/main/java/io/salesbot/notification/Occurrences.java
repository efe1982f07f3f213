package io.salesbot.notification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When a weekly schedule last came due, in the workspace's own time zone: a digest set
 * for Monday 09:00 Bangkok is due from 09:00 Bangkok time, whatever zone the server runs in. A
 * schedule is due when its latest occurrence is newer than the one last handled, so a missed
 * occurrence (all instances down) is made up once, not many times.
 */
final class Occurrences {

    private Occurrences() {}

    /** The date of the latest weekly occurrence at or before {@code now}. */
    static LocalDate latestWeekly(DayOfWeek day, LocalTime time, ZonedDateTime now) {
        LocalDate candidate = now.toLocalDate().with(TemporalAdjusters.previousOrSame(day));
        if (LocalDateTime.of(candidate, time).isAfter(now.toLocalDateTime())) {
            candidate = candidate.minusWeeks(1);
        }
        return candidate;
    }

    static boolean due(LocalDate latest, LocalDate lastHandled) {
        return lastHandled == null || latest.isAfter(lastHandled);
    }
}
