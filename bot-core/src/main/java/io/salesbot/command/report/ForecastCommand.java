package io.salesbot.command.report;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.forecast.ForecastQuery;
import io.salesbot.forecast.ForecastReport;
import io.salesbot.forecast.GroupBy;
import io.salesbot.reply.BotReply;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code /forecast [month|quarter|year|2026-Q4|2026-12|2026] [@user] [by:rep|type|campaign]}: open
 * deals unweighted and weighted, and what is won, per period of expected close date.
 */
@Component
class ForecastCommand implements Command {

    static final Option<String> PERIOD = Option.text("period").positional();
    static final Option<String> WHO = Option.string("who", OptionType.MEMBER).positional();
    static final Option<String> BY = Option.choice("by", "rep", "type", "campaign", "category");
    static final Option<Boolean> SHARE = Audience.SHARE;

    static final CommandSpec SPEC =
            CommandSpec.root("forecast", PERIOD, WHO, BY, SHARE).answeredLater();

    private final ForecastReport report;

    ForecastCommand(ForecastReport report) {
        this.report = report;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String period = arguments.get(PERIOD);
        String who = arguments.get(WHO);
        if (period != null && (period.startsWith("@") || Scope.isScopeWord(period))) {
            who = period; // "/forecast @malee" names a person, not a period
            period = null;
        }
        ForecastQuery query = ForecastPeriods.query(
                period, context.calendar().today(), groupBy(arguments.get(BY)), Scope.owner(context, who));
        boolean perRep = query.owner() != null || query.groupBy() == GroupBy.REP;
        return Audience.of(report.answer(context.actor(), query, context.currency()), perRep, context, arguments);
    }

    private static GroupBy groupBy(String by) {
        return by == null ? GroupBy.NONE : GroupBy.valueOf(by.toUpperCase(Locale.ROOT));
    }
}
