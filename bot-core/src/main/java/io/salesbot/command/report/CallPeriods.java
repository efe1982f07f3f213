package io.salesbot.command.report;

import io.salesbot.call.CallPeriod;
import io.salesbot.command.Keywords;
import io.salesbot.forecast.ForecastQuery;
import io.salesbot.forecast.GroupBy;
import java.time.LocalDate;

/**
 * The one period a call is for, written as {@code /forecast} writes periods: {@code quarter} (the
 * default) is this quarter, {@code month} this month, {@code year} this year; {@code 2026-Q4},
 * {@code 2026-12}, {@code ไตรมาส 4/2569} that period.
 */
final class CallPeriods {

    private CallPeriods() {}

    static CallPeriod read(String period, LocalDate today) {
        ForecastQuery query = ForecastPeriods.query(period, today, GroupBy.NONE, null);
        return CallPeriod.holding(query.granularity(), query.from());
    }

    /** Whether a typed word is a period rather than the first word of a note. */
    static boolean isPeriod(String word) {
        return word.matches(".*\\d.*")
                || word.contains(".")
                || Keywords.among(word, java.util.List.of("month", "quarter", "year"))
                        .isPresent();
    }
}
