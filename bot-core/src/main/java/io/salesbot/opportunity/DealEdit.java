package io.salesbot.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Changes to a deal's fields; a null field, or a null group, leaves it as it is. {@code
 * expectedVersion}, when given, is the version the person saw: if the deal changed since, the edit
 * is refused as a conflict.
 */
public record DealEdit(Details details, Forecast forecast, Origin origin, String owner, Integer expectedVersion) {

    public DealEdit {
        details = details == null ? new Details(null, null, null) : details;
        forecast = forecast == null ? new Forecast(null, false, null, false, null) : forecast;
        origin = origin == null ? new Origin(null, null, null) : origin;
    }

    /** What the deal is called, who it is with, and what it is about. */
    public record Details(String name, String customer, String description) {}

    /**
     * What the forecast reads: {@code amountFromLines} puts the amount back to the sum of the line
     * items, {@code probabilityFromStage} the probability back to the stage's default, {@code
     * categoryFromStage} the forecast category back to the stage's.
     */
    public record Forecast(
            BigDecimal amount,
            boolean amountFromLines,
            Integer probability,
            boolean probabilityFromStage,
            LocalDate closeDate,
            ForecastCategory category,
            boolean categoryFromStage) {

        /** Leaves the category as it is. */
        public Forecast(
                BigDecimal amount,
                boolean amountFromLines,
                Integer probability,
                boolean probabilityFromStage,
                LocalDate closeDate) {
            this(amount, amountFromLines, probability, probabilityFromStage, closeDate, null, false);
        }
    }

    /** The deal's type, campaign and lead source, by code or name; an empty campaign or source clears it. */
    public record Origin(String type, String campaign, String source) {}
}
