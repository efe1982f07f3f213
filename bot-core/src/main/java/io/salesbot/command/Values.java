package io.salesbot.command;

import io.salesbot.values.Dates;
import java.time.LocalDate;

/** What reading a value needs beyond its text: "today" is today in the workspace's time zone. */
public final class Values {

    private final Dates dates;

    public Values(Dates dates) {
        this.dates = dates;
    }

    public LocalDate date(String text) {
        return dates.parse(text);
    }

    public LocalDate today() {
        return dates.parse("today");
    }
}
