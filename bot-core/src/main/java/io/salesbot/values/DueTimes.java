package io.salesbot.values;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when something is due, as typed in chat, against "now" in the workspace's zone:
 *
 * <ul>
 *   <li>any date {@link Dates} reads ({@code 2026-12-31}, {@code 31/12/2569}, {@code tomorrow},
 *       {@code พรุ่งนี้}, {@code eom}, a weekday such as {@code friday} or {@code ศุกร์}), with no time;
 *   <li>the same followed by a time of day, 24-hour ({@code tomorrow 14:00}, {@code 2026-12-31
 *       9.30}, {@code พรุ่งนี้ 14:00 น.}); a time alone is today at that time;
 *   <li>a span from now: {@code 2h}, {@code 3 hours}, {@code 2 ชั่วโมง} (that many hours from now, to
 *       the minute); {@code 1d}, {@code 2 days}, {@code 3 วัน}, {@code 1w}, {@code 2 weeks}, {@code 1
 *       สัปดาห์} (that many days from today, no time: a snooze keeps the task's own time of day).
 * </ul>
 *
 * <p>Anything else is refused with {@code error.due.invalid} (argument 0: the input).
 */
public final class DueTimes {

    private static final int MAX_LENGTH = 60;
    private static final Pattern SPAN = Pattern.compile(
            "\\+?(\\d{1,3})\\s*(h|hr|hrs|hour|hours|ชม\\.?|ชั่วโมง|d|day|days|วัน|w|wk|wks|week|weeks|สัปดาห์|อาทิตย์)");
    private static final Pattern TIME =
            Pattern.compile("(.*?)(?:\\s*(?<![\\p{L}])(?:at|@|เวลา))?\\s*(\\d{1,2})[:.](\\d{2})\\s*(?:น\\.?|นาฬิกา)?");

    private DueTimes() {}

    /**
     * @param raw what the person typed
     * @param dates the workspace's calendar, for dates and for now
     * @throws InvalidValueException {@code error.due.invalid}, or a date's own refusal
     */
    public static Due parse(String raw, Dates dates) {
        String s = RawInput.normalize(raw).toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            throw invalid(raw);
        }
        ZonedDateTime now = dates.now();
        Matcher span = SPAN.matcher(s);
        if (span.matches()) {
            return fromSpan(Integer.parseInt(span.group(1)), span.group(2), now);
        }
        Matcher time = TIME.matcher(s);
        if (time.matches()) {
            int hour = Integer.parseInt(time.group(2));
            int minute = Integer.parseInt(time.group(3));
            if (hour > 23 || minute > 59) {
                throw invalid(raw);
            }
            String day = time.group(1).strip();
            return new Due(day.isEmpty() ? now.toLocalDate() : day(day, raw, dates), LocalTime.of(hour, minute));
        }
        return Due.on(day(s, raw, dates));
    }

    private static Due fromSpan(int count, String unit, ZonedDateTime now) {
        if (unit.startsWith("h") || unit.startsWith("ชม") || unit.equals("ชั่วโมง")) {
            ZonedDateTime at = now.plusHours(count).truncatedTo(ChronoUnit.MINUTES);
            return new Due(at.toLocalDate(), at.toLocalTime());
        }
        boolean weeks = unit.startsWith("w") || unit.equals("สัปดาห์") || unit.equals("อาทิตย์");
        return Due.on(now.toLocalDate().plusDays(weeks ? 7L * count : count));
    }

    private static LocalDate day(String words, String raw, Dates dates) {
        try {
            return dates.parse(words);
        } catch (InvalidValueException notADate) {
            throw invalid(raw);
        }
    }

    private static InvalidValueException invalid(String raw) {
        return new InvalidValueException("error.due.invalid", RawInput.shown(raw));
    }
}
