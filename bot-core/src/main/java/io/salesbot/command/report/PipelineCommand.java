package io.salesbot.command.report;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.forecast.PipelineQuery;
import io.salesbot.forecast.PipelineReport;
import io.salesbot.reply.BotReply;
import org.springframework.stereotype.Component;

/** {@code /pipeline [mine|team|@user] [type:] [campaign:]}: per stage, with slipping and stale deals. */
@Component
class PipelineCommand implements Command {

    static final Option<String> WHO = Option.string("who", OptionType.MEMBER).positional();
    static final Option<String> TYPE = Option.string("type", OptionType.TYPE);
    static final Option<String> CAMPAIGN = Option.string("campaign", OptionType.CAMPAIGN);
    static final Option<Boolean> SHARE = Audience.SHARE;

    static final CommandSpec SPEC =
            CommandSpec.root("pipeline", WHO, TYPE, CAMPAIGN, SHARE).answeredLater();

    private final PipelineReport report;

    PipelineCommand(PipelineReport report) {
        this.report = report;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        PipelineQuery query = new PipelineQuery(
                Scope.owner(context, arguments.get(WHO)), arguments.get(TYPE), arguments.get(CAMPAIGN));
        return Audience.of(
                report.answer(context.actor(), query, context.currency()), query.owner() != null, context, arguments);
    }
}
