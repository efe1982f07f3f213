package io.salesbot.command;

import io.salesbot.opportunity.ForecastCategory;

/**
 * The {@code category:} option of {@code /opp edit} and {@code /salesbot stages category}: {@code
 * commit}, {@code best-case}, {@code pipeline}, {@code omitted} or {@code auto} (the stage's, or for
 * a stage the default of its probability), each also in Thai (see {@code Keywords}).
 */
public final class ForecastCategoryWords {

    public static final Option<String> OPTION =
            Option.choice("category", "commit", "best-case", "pipeline", "omitted", "auto");

    private ForecastCategoryWords() {}

    /** The category a chosen word names; null for {@code auto} or nothing. */
    public static ForecastCategory category(String word) {
        return word == null || isAuto(word) ? null : ForecastCategory.ofWord(word);
    }

    public static boolean isAuto(String word) {
        return "auto".equals(word);
    }
}
