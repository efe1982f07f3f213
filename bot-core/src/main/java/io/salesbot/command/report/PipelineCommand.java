package io.salesbot.command.report;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.common.InvalidInputException;
import io.salesbot.forecast.ForecastQuery;
import io.salesbot.forecast.FunnelReport;
import io.salesbot.forecast.GroupBy;
import io.salesbot.forecast.PipelineQuery;
import io.salesbot.forecast.PipelineReport;
import io.salesbot.reply.BotReply;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /pipeline [mine|team|@user] [type:] [campaign:]}: per stage, with slipping and stale
 * deals; {@code /pipeline funnel [period] [@user]}: how the period's deals went through the stages.
 *
 * <p>{@code funnel} is a word of {@code /pipeline}, not a sub-command, because {@code /pipeline}
 * alone is a command already (a root cannot be both on Discord). The funnel's period and member
 * may come in either order; a member is named by a mention or {@code mine}.
 */
@Component
class PipelineCommand implements Command {

    static final Option<String> WHO = Option.string("who", OptionType.MEMBER).positional();
    static final Option<String> PERIOD = Option.text("period").rest();
    static final Option<String> TYPE = Option.string("type", OptionType.TYPE);
    static final Option<String> CAMPAIGN = Option.string("campaign", OptionType.CAMPAIGN);
    static final Option<Boolean> FUNNEL = Option.flag("funnel");
    static final Option<Boolean> SHARE = Audience.SHARE;

    static final CommandSpec SPEC = CommandSpec.root("pipeline", WHO, PERIOD, TYPE, CAMPAIGN, FUNNEL, SHARE)
            .answeredLater();

    private final PipelineReport report;
    private final FunnelReport funnel;

    PipelineCommand(PipelineReport report, FunnelReport funnel) {
        this.report = report;
        this.funnel = funnel;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String type = arguments.get(TYPE);
        String campaign = arguments.get(CAMPAIGN);
        if (arguments.getOr(FUNNEL, false)) {
            if (type != null || campaign != null) {
                throw new InvalidInputException(type != null ? "type" : "campaign", "error.funnel.filters");
            }
            return funnel(context, arguments);
        }
        if (arguments.get(PERIOD) != null) {
            throw new InvalidInputException("period", "error.pipeline.period", arguments.get(PERIOD));
        }
        PipelineQuery query = new PipelineQuery(Scope.owner(context, arguments.get(WHO)), type, campaign);
        return Audience.of(
                report.answer(context.actor(), query, context.currency()), query.owner() != null, context, arguments);
    }

    /** The words after {@code funnel}: a member (a mention or a scope word) and a period, either first. */
    private BotReply funnel(CommandContext context, Arguments arguments) {
        String who = null;
        List<String> period = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String typed : new String[] {arguments.get(WHO), arguments.get(PERIOD)}) {
            if (typed != null) {
                words.addAll(List.of(typed.strip().split("\\s+")));
            }
        }
        for (String word : words) {
            if (who == null && (word.startsWith("@") || Scope.isScopeWord(word))) {
                who = word;
            } else {
                period.add(word);
            }
        }
        // "quarter" (the default) is this quarter; "month" and "year" this month and year.
        ForecastQuery query = ForecastPeriods.query(
                period.isEmpty() ? null : String.join(" ", period),
                context.calendar().today(),
                GroupBy.NONE,
                null);
        String owner = Scope.owner(context, who);
        return Audience.of(
                funnel.answer(
                        context.actor(),
                        query.granularity().label(query.from()),
                        query.granularity().startOf(query.from()),
                        query.granularity().endOf(query.from()),
                        owner,
                        context.currency()),
                owner != null,
                context,
                arguments);
    }
}
