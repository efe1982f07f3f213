package io.salesbot.command;

import io.salesbot.values.Dates;
import io.salesbot.values.Due;
import io.salesbot.values.DueTimes;
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

    /** When something is due: a day, perhaps with a time, or a span from now ({@link DueTimes}). */
    public Due due(String text) {
        return DueTimes.parse(text, dates);
    }

    public LocalDate today() {
        return dates.parse("today");
    }
}
