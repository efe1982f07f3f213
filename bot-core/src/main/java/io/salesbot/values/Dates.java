package io.salesbot.values;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar date as typed in chat, relative words resolved against "today" in the
 * workspace zone (not the server's: a Bangkok user at 01:00 is already on the next day).
 *
 * <p>Accepted (case, spaces, '-' and '_' in words do not matter; Thai digits allowed):
 * <ul>
 *   <li>{@code 2026-12-31}, {@code 2026/12/31}, {@code 31/12/2026}, {@code 31-12-2026}, with one
 *       or two digit day and month. Always day first: {@code 12/31/2026} is rejected.</li>
 *   <li>Buddhist-era years: a year of 2400 or more has 543 subtracted ({@code 31/12/2569},
 *       {@code 2569-12-31}). Years must land in 1900..2399 CE.</li>
 *   <li>{@code today}, {@code tomorrow}, {@code yesterday}, {@code end-of-month}/{@code eom},
 *       {@code next-month} (end of next month), {@code end-of-quarter}/{@code eoq},
 *       {@code end-of-year}/{@code eoy}; Thai วันนี้, พรุ่งนี้, เมื่อวาน, สิ้นเดือน,
 *       เดือนหน้า/สิ้นเดือนหน้า (end of next month), สิ้นไตรมาส, สิ้นปี.</li>
 *   <li>{@code Q1}..{@code Q4} or ไตรมาส 1..4: the last day of that quarter this year, or next
 *       year if this year's has already ended. With a year ({@code 2026-Q4}, {@code Q4-2026},
 *       {@code Q4 2569}) the quarter end of that year, even if past.</li>
 * </ul>
 *
 * <p>Rejected with argument 0 = the raw input: {@code error.date.twoDigitYear} for
 * {@code 31/12/69} (BE and CE are both plausible, so we ask instead of guessing);
 * {@code error.date.invalid} for everything else, including impossible days like 30/02/2026.
 */
public final class Dates {

    /** The workspace zone when none is configured. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Bangkok");

    private static final int BUDDHIST_ERA_FROM = 2400;
    private static final int BUDDHIST_ERA_OFFSET = 543;
    // Anything longer cannot be a date; skip the regexes entirely for pasted garbage.
    private static final int MAX_LENGTH = 40;

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("\\d{1,2}([-/])\\d{1,2}\\1\\d{2}");

    private final Clock clock;
    private final ZoneId zone;

    /** Same as {@code new Dates(clock, DEFAULT_ZONE)}. */
    public Dates(Clock clock) {
        this(clock, DEFAULT_ZONE);
    }

    /**
     * @param clock source of "now"
     * @param zone  the workspace zone in which "today" is computed
     */
    public Dates(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * @param raw what the user typed; {@code null} is treated as blank
     * @throws InvalidValueException {@code error.date.invalid} or {@code error.date.twoDigitYear}
     */
    public LocalDate parse(String raw) {
        String s = RawInput.normalize(raw).toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            throw invalid(raw);
        }
        try {
            LocalDate date = read(s, today());
            if (date != null) {
                return date;
            }
        } catch (DateTimeException e) {
            // Day 31 of month 13 and friends: same answer as garbage.
        }
        if (TWO_DIGIT_YEAR.matcher(s).matches()) {
            throw new InvalidValueException("error.date.twoDigitYear", RawInput.shown(raw));
        }
        throw invalid(raw);
    }

    /** Now in the workspace zone: what spans of hours ({@link DueTimes}) count from. */
    public java.time.ZonedDateTime now() {
        return java.time.ZonedDateTime.now(clock.withZone(zone));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    // null when no form matches; DateTimeException when a form matches but the date is impossible.
    private static LocalDate read(String s, LocalDate today) {
        Matcher m = YEAR_FIRST.matcher(s);
        if (m.matches()) {
            return LocalDate.of(year(m.group(1)), num(m.group(3)), num(m.group(4)));
        }
        m = DAY_FIRST.matcher(s);
        if (m.matches()) {
            return LocalDate.of(year(m.group(4)), num(m.group(3)), num(m.group(1)));
        }
        return DateWords.resolve(s.replaceAll("[ _-]", ""), today);
    }

    /**
     * A typed 4-digit year as CE: Buddhist-era years (2400 and up) lose 543 (2569 is 2026).
     *
     * @throws DateTimeException for a year outside 1900–2399 CE
     */
    public static int year(String digits) {
        int year = num(digits);
        int ce = year >= BUDDHIST_ERA_FROM ? year - BUDDHIST_ERA_OFFSET : year;
        if (ce < 1900 || ce > 2399) {
            throw new DateTimeException("year out of range: " + year);
        }
        return ce;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static InvalidValueException invalid(String raw) {
        return new InvalidValueException("error.date.invalid", RawInput.shown(raw));
    }
}
