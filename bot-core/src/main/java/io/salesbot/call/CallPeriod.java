package io.salesbot.call;

import io.salesbot.forecast.Granularity;
import io.salesbot.reply.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one period a call is for: a month, a quarter or a year, by its first day. */
public record CallPeriod(Granularity granularity, LocalDate start) {

    public CallPeriod {
        start = granularity.startOf(start);
    }

    /** The period holding {@code date}. */
    public static CallPeriod holding(Granularity granularity, LocalDate date) {
        return new CallPeriod(granularity, date);
    }

    public LocalDate end() {
        return granularity.endOf(start);
    }

    public CallPeriod previous() {
        return new CallPeriod(granularity, start.minusDays(1));
    }

    /** The moment the period is over in the workspace's time zone: midnight after its last day. */
    public Instant endsAt(ZoneId zone) {
        return granularity.next(start).atStartOfDay(zone).toInstant();
    }

    /** As readers write it: {@code 2026-Q4}, {@code ไตรมาส 4/2569}. */
    public Period shown() {
        return Period.ofLabel(granularity.label(start));
    }
}
