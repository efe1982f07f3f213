package io.salesbot.command.report;

import io.salesbot.call.CallsReport;
import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.reply.BotReply;
import io.salesbot.workspace.Role;
import org.springframework.stereotype.Component;

/**
 * {@code /forecast calls [period]} (managers): each rep's latest call for the period (this quarter
 * unless named) beside what their deals say now; who has not called; the team's totals. Every
 * rep's numbers, so they come to the asker alone unless {@code share}d.
 */
@Component
class CallsCommand implements Command {

    static final Option<String> PERIOD = Option.text("period").rest();
    static final Option<Boolean> SHARE = Audience.SHARE;

    static final CommandSpec SPEC = CommandSpec.of("forecast", "calls", PERIOD, SHARE)
            .requiring(Role.MANAGER)
            .answeredLater();

    private final CallsReport report;

    CallsCommand(CallsReport report) {
        this.report = report;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        BotReply rollup = report.answer(
                context.actor(),
                CallPeriods.read(arguments.get(PERIOD), context.calendar().today()),
                context.currency());
        // every rep's numbers: to the asker alone unless they share them (README, "Posting")
        return Audience.of(rollup, true, context, arguments);
    }
}
