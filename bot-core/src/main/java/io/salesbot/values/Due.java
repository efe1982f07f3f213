package io.salesbot.values;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When something is due as a person gave it: a day and, when it matters, a time of day ({@code
 * time} null for "some time that day"). It means a moment only together with a time zone: see
 * {@link #startsAt} and {@link #lateAt}.
 */
public record Due(LocalDate day, LocalTime time) {

    public Due {
        Objects.requireNonNull(day, "day");
    }

    public static Due on(LocalDate day) {
        return new Due(day, null);
    }

    public boolean hasTime() {
        return time != null;
    }

    /** When it falls due in {@code zone}: at its time, or at the start of its day when it has none. */
    public ZonedDateTime startsAt(ZoneId zone) {
        return hasTime() ? ZonedDateTime.of(day, time, zone) : day.atStartOfDay(zone);
    }

    /** When it is late in {@code zone}: at its time, or once its day is over when it has none. */
    public ZonedDateTime lateAt(ZoneId zone) {
        return hasTime() ? ZonedDateTime.of(day, time, zone) : day.plusDays(1).atStartOfDay(zone);
    }

    /** The same moment of another day, or a day with a time when this has none and {@code time} is given. */
    public Due withDay(LocalDate otherDay) {
        return new Due(otherDay, time);
    }
}
