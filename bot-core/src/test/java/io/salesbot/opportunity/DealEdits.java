package io.salesbot.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Edits of one field, as a person makes them with {@code /opp edit}, for tests. */
public final class DealEdits {

    private DealEdits() {}

    public static DealEdit name(String name) {
        return new DealEdit(new DealEdit.Details(name, null, null), null, null, null, null);
    }

    public static DealEdit amount(BigDecimal amount) {
        return forecast(new DealEdit.Forecast(amount, false, null, false, null), null);
    }

    /** The amount, refused as a conflict unless the deal is still at {@code seenVersion}. */
    public static DealEdit amount(BigDecimal amount, int seenVersion) {
        return forecast(new DealEdit.Forecast(amount, false, null, false, null), seenVersion);
    }

    public static DealEdit probability(int probability) {
        return forecast(new DealEdit.Forecast(null, false, probability, false, null), null);
    }

    public static DealEdit closeDate(LocalDate closeDate) {
        return forecast(new DealEdit.Forecast(null, false, null, false, closeDate), null);
    }

    /** The forecast category; null goes back to the stage's ({@code category:auto}). */
    public static DealEdit category(ForecastCategory category) {
        return forecast(new DealEdit.Forecast(null, false, null, false, null, category, category == null), null);
    }

    public static DealEdit campaign(String campaign) {
        return new DealEdit(null, null, new DealEdit.Origin(null, campaign, null), null, null);
    }

    public static DealEdit owner(String owner) {
        return new DealEdit(null, null, null, owner, null);
    }

    private static DealEdit forecast(DealEdit.Forecast forecast, Integer expectedVersion) {
        return new DealEdit(null, forecast, null, null, expectedVersion);
    }
}
