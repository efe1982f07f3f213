package io.salesbot.command.report;

import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandHandler;
import io.salesbot.command.CommandInput;
import io.salesbot.forecast.PipelineQuery;
import io.salesbot.forecast.PipelineReport;
import io.salesbot.reply.BotReply;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /pipeline [mine|team|@user] [type:] [campaign:]}: per stage, with slipping and stale deals. */
@Component
class PipelineCommand implements CommandHandler {

    private final PipelineReport report;

    PipelineCommand(PipelineReport report) {
        this.report = report;
    }

    @Override
    public Set<String> handles() {
        return Set.of("pipeline");
    }

    @Override
    public BotReply handle(CommandContext context, CommandInput input) {
        PipelineQuery query =
                new PipelineQuery(Scope.owner(context, input.get("who")), input.get("type"), input.get("campaign"));
        return report.answer(context.actor(), query, context.currency());
    }
}
