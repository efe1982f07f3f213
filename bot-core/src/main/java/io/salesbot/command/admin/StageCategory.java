package io.salesbot.command.admin;

import io.salesbot.command.CommandContext;
import io.salesbot.command.ForecastCategoryWords;
import io.salesbot.command.Keywords;
import io.salesbot.common.InvalidInputException;
import io.salesbot.opportunity.ForecastCategory;
import io.salesbot.opportunity.PipelineSetupService;

/**
 * {@code /salesbot stages category <stage> <category>}: the stage's forecast category; {@code auto}
 * gives it back the default of its probability. Typed on one line, the category is the last word
 * (stage names may have spaces); {@code category:} names it anywhere.
 */
final class StageCategory {

    private StageCategory() {}

    static void change(PipelineSetupService pipeline, CommandContext context, String stage, String chosen) {
        String stageText = stage.strip();
        String word = chosen;
        if (word == null) {
            int space = stageText.lastIndexOf(' ');
            String last = space < 0 ? stageText : stageText.substring(space + 1);
            word = Keywords.among(last, ForecastCategoryWords.OPTION.choices())
                    .orElseThrow(() -> new InvalidInputException("category", "error.category.invalid", last));
            stageText = space < 0 ? "" : stageText.substring(0, space).strip();
            if (stageText.isEmpty()) {
                throw new InvalidInputException("stage", "error.field.required", "stage");
            }
        }
        ForecastCategory category = ForecastCategoryWords.category(word); // null: auto
        pipeline.changeForecastCategory(context.actor(), stageText, category);
    }
}
