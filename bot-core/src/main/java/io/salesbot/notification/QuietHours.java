package io.salesbot.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a member's reminder may land: not between {@link #END} and {@link #START} local time, nor on
 * a Saturday or Sunday. A reminder due then is held until the next allowed minute, never dropped.
 */
final class QuietHours {

    static final LocalTime START = LocalTime.of(8, 0);
    static final LocalTime END = LocalTime.of(20, 0);

    private QuietHours() {}

    /** {@code at} itself when it is allowed in {@code zone}, else the next working day's 08:00 there. */
    static Instant nextAllowed(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!weekend(local)
                && !local.toLocalTime().isBefore(START)
                && local.toLocalTime().isBefore(END)) {
            return at;
        }
        ZonedDateTime morning = local.toLocalTime().isBefore(START)
                ? local.toLocalDate().atTime(START).atZone(zone)
                : local.toLocalDate().plusDays(1).atTime(START).atZone(zone);
        while (weekend(morning)) {
            morning = morning.toLocalDate().plusDays(1).atTime(START).atZone(zone);
        }
        return morning.toInstant();
    }

    /** Saturday or Sunday where the member is: no reminder lands, no morning DM comes. */
    static boolean weekend(ZonedDateTime local) {
        return local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
