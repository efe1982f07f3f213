package io.salesbot.forecast;

import io.salesbot.common.InvalidInputException;
import java.time.LocalDate;

/**
 * A forecast over the periods from the one holding {@code from} to the one holding {@code to},
 * optionally for one rep ({@code owner}) and broken down by rep, type or campaign.
 */
public record ForecastQuery(Granularity granularity, LocalDate from, LocalDate to, GroupBy groupBy, String owner) {

    static final int MAX_PERIODS = 60;

    public ForecastQuery {
        if (to.isBefore(from)) {
            throw new InvalidInputException("period", "error.period.backwards", from, to);
        }
        groupBy = groupBy == null ? GroupBy.NONE : groupBy;
    }
}
