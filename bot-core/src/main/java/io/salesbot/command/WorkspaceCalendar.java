package io.salesbot.command;

import io.salesbot.values.Dates;
import java.time.LocalDate;

/**
 * The calendar option values are read against: {@code today}, {@code eom}, {@code Q4} and the other
 * words {@link Dates} knows mean the dates they mean in the workspace's time zone.
 */
public final class WorkspaceCalendar {

    private final Dates dates;

    public WorkspaceCalendar(Dates dates) {
        this.dates = dates;
    }

    public LocalDate date(String text) {
        return dates.parse(text);
    }

    public LocalDate today() {
        return dates.parse("today");
    }
}
