package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.ForecastCategoryWords;
import io.salesbot.command.Keywords;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.common.InvalidInputException;
import io.salesbot.opportunity.PipelineSetupService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Percent;
import io.salesbot.reply.Visibility;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code /salesbot stages [list|add|move|rename|probability|limit|category] ...}: the pipeline's
 * stages (admins change them). {@code category <stage> <category>} takes the category as the last
 * word or as {@code category:}.
 */
@Component
class StagesCommand implements Command {

    static final Option<String> ACTION = Option.choice(
                    "action", "list", "add", "move", "rename", "probability", "limit", "category")
            .positional();
    static final Option<String> STAGE = Option.string("stage", OptionType.STAGE).rest();
    static final Option<Integer> PROB = Option.probability("prob");
    static final Option<String> AFTER = Option.string("after", OptionType.STAGE);
    static final Option<Integer> POSITION = Option.number("position");
    static final Option<String> NAME = Option.text("name");
    static final Option<String> THAI = Option.text("thai");
    static final Option<Integer> DAYS = Option.number("days");
    static final Option<String> CATEGORY = ForecastCategoryWords.OPTION;

    static final CommandSpec SPEC =
            CommandSpec.of("salesbot", "stages", ACTION, STAGE, PROB, AFTER, POSITION, NAME, THAI, DAYS, CATEGORY);

    private final PipelineSetupService pipeline;

    StagesCommand(PipelineSetupService pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        switch (arguments.getOr(ACTION, "list")) {
            case "add" ->
                pipeline.addStage(
                        context.actor(),
                        arguments.require(STAGE),
                        arguments.get(THAI),
                        arguments.require(PROB),
                        arguments.get(AFTER));
            case "move" -> pipeline.moveStage(context.actor(), arguments.require(STAGE), arguments.require(POSITION));
            case "rename" ->
                pipeline.renameStage(
                        context.actor(), arguments.require(STAGE), arguments.require(NAME), arguments.get(THAI));
            case "probability" ->
                pipeline.changeDefaultProbability(context.actor(), arguments.require(STAGE), arguments.require(PROB));
            case "limit" -> limit(context, arguments);
            case "category" ->
                StageCategory.change(pipeline, context, arguments.require(STAGE), arguments.get(CATEGORY));
            default -> {}
        }
        Map<Long, Integer> limits = pipeline.stuckLimits(context.actor());
        List<List<Object>> rows = pipeline.stages(context.actor()).stream()
                .map(stage -> Arrays.<Object>asList(
                        stage.position(),
                        stage.name(),
                        stage.thaiName(),
                        Message.of("stage.kind." + stage.kind().name().toLowerCase()),
                        Percent.of(stage.defaultProbability()),
                        limits.containsKey(stage.id())
                                ? Message.of("reply.setup.stuckAfter", limits.get(stage.id()))
                                : null,
                        stage.forecastCategory()))
                .toList();
        return new BotReply.Table(
                Message.of("reply.setup.stages"),
                List.of(
                        Message.of("column.position"),
                        Message.of("column.stage"),
                        Message.of("column.thaiName"),
                        Message.of("column.kind"),
                        Message.of("column.probability"),
                        Message.of("column.stuckAfter"),
                        Message.of("column.group.category")),
                rows,
                List.of(),
                Visibility.PRIVATE);
    }

    /**
     * {@code limit <stage> <days>}: the stage is the rest of the line, so its last word is the
     * days when {@code days:} is not given ({@code none} or {@code 0} removes the limit).
     */
    private void limit(CommandContext context, Arguments arguments) {
        String stage = arguments.require(STAGE);
        Integer days = arguments.get(DAYS);
        if (days == null) {
            int space = stage.lastIndexOf(' ');
            String last = space < 0 ? "" : stage.substring(space + 1);
            if (Keywords.is(last, "none") || Keywords.is(last, "off")) {
                days = 0;
            } else if (last.matches("\\d{1,9}")) {
                days = Integer.parseInt(last);
            } else {
                throw new InvalidInputException("days", "error.stage.limitDays", stage);
            }
            stage = stage.substring(0, space).strip();
        }
        pipeline.limitStay(context.actor(), stage, days);
    }
}
