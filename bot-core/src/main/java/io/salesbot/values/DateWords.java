package io.salesbot.values;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word forms of {@link Dates}: relative words and weekdays (English and Thai) and quarters.
 *
 * <p>Works on a "compacted" word: lower case with spaces, '-' and '_' removed, so that
 * {@code End of Month}, {@code end-of-month} and {@code end_of_month} are one entry, and
 * {@code Q4 - 2026} is {@code q42026}.
 */
final class DateWords {

    private static final Pattern QUARTER = Pattern.compile("(?:q|ไตรมาส(?:ที่)?)([1-4])(\\d{4})?");
    private static final Pattern YEAR_QUARTER = Pattern.compile("(\\d{4})q([1-4])");

    private static final Map<String, UnaryOperator<LocalDate>> WORDS = Map.ofEntries(
            Map.entry("today", d -> d),
            Map.entry("วันนี้", d -> d),
            Map.entry("tomorrow", d -> d.plusDays(1)),
            Map.entry("พรุ่งนี้", d -> d.plusDays(1)),
            Map.entry("yesterday", d -> d.minusDays(1)),
            Map.entry("เมื่อวาน", d -> d.minusDays(1)),
            Map.entry("เมื่อวานนี้", d -> d.minusDays(1)),
            Map.entry("endofmonth", DateWords::endOfMonth),
            Map.entry("eom", DateWords::endOfMonth),
            Map.entry("สิ้นเดือน", DateWords::endOfMonth),
            Map.entry("สิ้นเดือนนี้", DateWords::endOfMonth),
            Map.entry("nextmonth", DateWords::endOfNextMonth),
            Map.entry("endofnextmonth", DateWords::endOfNextMonth),
            Map.entry("เดือนหน้า", DateWords::endOfNextMonth),
            Map.entry("สิ้นเดือนหน้า", DateWords::endOfNextMonth),
            Map.entry("endofquarter", DateWords::endOfQuarter),
            Map.entry("eoq", DateWords::endOfQuarter),
            Map.entry("สิ้นไตรมาส", DateWords::endOfQuarter),
            Map.entry("สิ้นไตรมาสนี้", DateWords::endOfQuarter),
            Map.entry("endofyear", DateWords::endOfYear),
            Map.entry("eoy", DateWords::endOfYear),
            Map.entry("สิ้นปี", DateWords::endOfYear),
            Map.entry("สิ้นปีนี้", DateWords::endOfYear));

    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

    private DateWords() {}

    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> days = new java.util.HashMap<>();
        String[][] thai = {{"จันทร์"}, {"อังคาร"}, {"พุธ"}, {"พฤหัส", "พฤหัสบดี"}, {"ศุกร์"}, {"เสาร์"}, {"อาทิตย์"}};
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(java.util.Locale.ROOT);
            days.put(name, day);
            days.put(name.substring(0, 3), day);
            for (String word : thai[day.ordinal()]) {
                days.put(word, day);
            }
        }
        return Map.copyOf(days);
    }

    /**
     * @param word  compacted lower-case input
     * @param today "today" in the workspace zone
     * @return the date, or {@code null} when {@code word} is not a known word or quarter
     * @throws java.time.DateTimeException when a quarter's year is out of range
     */
    static LocalDate resolve(String word, LocalDate today) {
        UnaryOperator<LocalDate> relative = WORDS.get(word);
        if (relative != null) {
            return relative.apply(today);
        }
        DayOfWeek weekday = WEEKDAYS.get(word.replaceFirst("^(?:next|วัน)", ""));
        if (weekday != null) {
            // "friday", "fri", "ศุกร์", "วันศุกร์": the next one, today included
            return today.with(TemporalAdjusters.nextOrSame(weekday));
        }
        Matcher m = YEAR_QUARTER.matcher(word);
        if (m.matches()) {
            return quarterEnd(Dates.year(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = QUARTER.matcher(word);
        if (!m.matches()) {
            return null;
        }
        int quarter = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            // An explicit year is taken literally, even for a quarter that is over.
            return quarterEnd(Dates.year(m.group(2)), quarter);
        }
        LocalDate end = quarterEnd(today.getYear(), quarter);
        // "Q1" typed in November means the coming Q1: close dates point at the future.
        return end.isBefore(today) ? quarterEnd(today.getYear() + 1, quarter) : end;
    }

    private static LocalDate quarterEnd(int year, int quarter) {
        return LocalDate.of(year, quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
    }

    private static LocalDate endOfMonth(LocalDate d) {
        return d.with(TemporalAdjusters.lastDayOfMonth());
    }

    private static LocalDate endOfNextMonth(LocalDate d) {
        return endOfMonth(d.plusMonths(1));
    }

    private static LocalDate endOfQuarter(LocalDate d) {
        return quarterEnd(d.getYear(), (d.getMonthValue() + 2) / 3);
    }

    private static LocalDate endOfYear(LocalDate d) {
        return d.with(TemporalAdjusters.lastDayOfYear());
    }
}
