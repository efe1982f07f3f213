package io.salesbot.opportunity;

import io.salesbot.common.Worded;
import java.util.List;
import java.util.Locale;

/**
 * Where a deal stands in the forecast, as Salesforce, Clari and HubSpot count it: an open deal is
 * in {@link #PIPELINE}, {@link #BEST_CASE} or {@link #COMMIT}, or {@link #OMITTED} (kept out of the
 * forecast); a won deal is {@link #CLOSED}. Lost deals are in no forecast (their stage says
 * OMITTED). The forecast's columns add up the way those tools do: Best case includes Commit, and
 * Pipeline includes both.
 */
public enum ForecastCategory implements Worded {
    PIPELINE,
    BEST_CASE,
    COMMIT,
    OMITTED,
    CLOSED;

    /** The categories a person may give an open deal or an open stage, in the order menus show them. */
    public static final List<ForecastCategory> CHOICES = List.of(COMMIT, BEST_CASE, PIPELINE, OMITTED);

    /**
     * The category a stage gets when nobody chose one, from its kind and default probability (as
     * Salesforce maps its standard stages): won is Closed, lost is Omitted, an open stage at 90 %
     * or more is Commit, at 70 % or more Best case, below that Pipeline. V8's migration gave every
     * existing stage its category by the same rule.
     */
    public static ForecastCategory defaultFor(StageKind kind, int probability) {
        return switch (kind) {
            case WON -> CLOSED;
            case LOST -> OMITTED;
            case OPEN -> probability >= 90 ? COMMIT : probability >= 70 ? BEST_CASE : PIPELINE;
        };
    }

    /** The word people type for it: {@code commit}, {@code best-case}, {@code pipeline}, {@code omitted}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category a typed word names ({@code best-case}, {@code best_case}, {@code bestcase}), or null. */
    public static ForecastCategory ofWord(String word) {
        String wanted = word.strip().toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
        for (ForecastCategory category : values()) {
            if (category.name().toLowerCase(Locale.ROOT).replace("_", "").equals(wanted)) {
                return category;
            }
        }
        return null;
    }

    /** The key of its name in the message bundles: {@code category.best_case}. */
    @Override
    public String messageKey() {
        return "category." + name().toLowerCase(Locale.ROOT);
    }
}
