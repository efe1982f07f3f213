package io.salesbot.command.report;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Keywords;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.forecast.ForecastChangesReport;
import io.salesbot.forecast.ForecastQuery;
import io.salesbot.forecast.GroupBy;
import io.salesbot.reply.BotReply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * {@code /forecast changes [period] [since:last-week|<date>] [@user] [by:rep] [share]}: how the
 * period's open forecast moved since then, as a waterfall with the deals that moved it, and the
 * period's slip rate ({@code by:rep}: per rep).
 */
@Component
class ForecastChangesCommand implements Command {

    static final Option<String> PERIOD = Option.text("period").positional();
    static final Option<String> WHO = Option.string("who", OptionType.MEMBER).positional();
    static final Option<String> SINCE = Option.text("since");
    static final Option<String> BY = Option.choice("by", "rep");
    static final Option<Boolean> SHARE = Audience.SHARE;

    static final CommandSpec SPEC =
            CommandSpec.of("forecast", "changes", PERIOD, WHO, SINCE, BY, SHARE).answeredLater();

    /** What {@code since:last-week} (and no {@code since}) means: seven days before now. */
    static final Duration LAST_WEEK = Duration.ofDays(7);

    private final ForecastChangesReport report;
    private final Clock clock;

    ForecastChangesCommand(ForecastChangesReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
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
            who = period; // "/forecast changes @malee" names a person, not a period
            period = null;
        }
        // One period: "quarter" (the default) is this quarter, "month" this month.
        ForecastQuery query =
                ForecastPeriods.query(period, context.calendar().today(), GroupBy.NONE, Scope.owner(context, who));
        boolean byRep = arguments.get(BY) != null;
        ZoneId zone = context.workspace().zone();
        BotReply answer =
                report.answer(context.actor(), query, since(arguments.get(SINCE), context, zone), zone, byRep);
        return Audience.of(answer, query.owner() != null || byRep, context, arguments);
    }

    /** {@code last-week} (or nothing): seven days ago; a date: the start of that day in the workspace. */
    private Instant since(String text, CommandContext context, ZoneId zone) {
        if (text == null || Keywords.is(text, "last-week")) {
            return clock.instant().minus(LAST_WEEK);
        }
        return context.calendar().date(text).atStartOfDay(zone).toInstant();
    }
}
