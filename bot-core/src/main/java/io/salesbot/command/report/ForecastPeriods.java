package io.salesbot.command.report;

import io.salesbot.command.Keywords;
import io.salesbot.command.ThaiPeriods;
import io.salesbot.common.InvalidInputException;
import io.salesbot.forecast.ForecastQuery;
import io.salesbot.forecast.Granularity;
import io.salesbot.forecast.GroupBy;
import io.salesbot.reply.Period;
import io.salesbot.values.Dates;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a forecast period means: {@code month} is this month and the next five, {@code quarter}
 * (the default) this quarter and the next three, {@code year} this year and next; {@code 2026-Q4},
 * {@code 2026-12} and {@code 2026} are that one period, as are the Thai {@code ไตรมาส 4/2569},
 * {@code ธ.ค. 2569} and {@code 2569}.
 */
final class ForecastPeriods {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    /** How Thai readers see a quarter ({@code ไตรมาส 4/2569}) and a month ({@code ธ.ค. 2569}). */
    private static final Pattern THAI_QUARTER = Pattern.compile("(?:ไตรมาส(?:ที่)?|q) ?([1-4]) ?/ ?(\\d{4})");

    private static final Pattern THAI_MONTH = Pattern.compile("(\\S+) ?(\\d{4})");
    private static final List<String> THAI_MONTHS = ThaiPeriods.MONTHS;

    private ForecastPeriods() {}

    static ForecastQuery query(String period, LocalDate today, GroupBy groupBy, String owner) {
        String text = period == null
                ? "quarter"
                : Keywords.read(period, "month", "quarter", "year").replaceAll("\\s+", " ");
        switch (text) {
            case "month", "months", "เดือน" -> {
                return new ForecastQuery(Granularity.MONTH, today, today.plusMonths(5), groupBy, owner);
            }
            case "quarter", "quarters", "ไตรมาส" -> {
                return new ForecastQuery(Granularity.QUARTER, today, today.plusMonths(9), groupBy, owner);
            }
            case "year", "years", "ปี" -> {
                return new ForecastQuery(Granularity.YEAR, today, today.plusYears(1), groupBy, owner);
            }
            default -> {
                return specific(text, period, groupBy, owner);
            }
        }
    }

    /**
     * One period as a quota names it: {@code month}, {@code quarter} or {@code year} is the one
     * holding today; {@code 2026-Q4}, {@code 2026-12}, {@code 2026} and their Thai forms as in a forecast.
     */
    static Period one(String typed, LocalDate today) {
        ForecastQuery query = query(typed, today, GroupBy.NONE, null);
        return Period.ofLabel(query.granularity().label(query.from()));
    }

    private static ForecastQuery specific(String text, String typed, GroupBy groupBy, String owner) {
        try {
            ForecastQuery query = specific(text, groupBy, owner);
            if (query != null) {
                return query;
            }
        } catch (DateTimeException outOfRange) {
            // a year outside 1900–2399: as unreadable as any other period
        }
        throw new InvalidInputException("period", "error.period.invalid", typed);
    }

    /** The quarter, month or year the text names, or null when it names none. */
    private static ForecastQuery specific(String text, GroupBy groupBy, String owner) {
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            LocalDate start =
                    LocalDate.of(Dates.year(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1, 1);
            return new ForecastQuery(Granularity.QUARTER, start, start, groupBy, owner);
        }
        Matcher thaiQuarter = THAI_QUARTER.matcher(text);
        if (thaiQuarter.matches()) {
            return specific(thaiQuarter.group(2) + "-q" + thaiQuarter.group(1), groupBy, owner);
        }
        Matcher thaiMonth = THAI_MONTH.matcher(text);
        if (thaiMonth.matches() && THAI_MONTHS.contains(thaiMonth.group(1))) {
            return specific(thaiMonth.group(2) + "-" + (THAI_MONTHS.indexOf(thaiMonth.group(1)) + 1), groupBy, owner);
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches() && Integer.parseInt(month.group(2)) >= 1 && Integer.parseInt(month.group(2)) <= 12) {
            LocalDate start = YearMonth.of(Dates.year(month.group(1)), Integer.parseInt(month.group(2)))
                    .atDay(1);
            return new ForecastQuery(Granularity.MONTH, start, start, groupBy, owner);
        }
        Matcher year = YEAR.matcher(text);
        if (year.matches()) {
            LocalDate start = LocalDate.of(Dates.year(year.group(1)), 1, 1);
            return new ForecastQuery(Granularity.YEAR, start, start, groupBy, owner);
        }
        return null;
    }
}
