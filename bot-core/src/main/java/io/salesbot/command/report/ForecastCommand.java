package io.salesbot.command.report;

import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandHandler;
import io.salesbot.command.CommandInput;
import io.salesbot.forecast.ForecastQuery;
import io.salesbot.forecast.ForecastReport;
import io.salesbot.forecast.GroupBy;
import io.salesbot.reply.BotReply;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code /forecast [month|quarter|year|2026-Q4|2026-12|2026] [@user] [by:rep|type|campaign]}: open
 * deals unweighted and weighted, and what is won, per period of expected close date.
 */
@Component
class ForecastCommand implements CommandHandler {

    private final ForecastReport report;

    ForecastCommand(ForecastReport report) {
        this.report = report;
    }

    @Override
    public Set<String> handles() {
        return Set.of("forecast");
    }

    @Override
    public BotReply handle(CommandContext context, CommandInput input) {
        String period = input.get("period");
        String who = input.get("who");
        if (period != null
                && (period.startsWith("@") || period.equalsIgnoreCase("mine") || period.equalsIgnoreCase("team"))) {
            who = period; // "/forecast @malee" names a person, not a period
            period = null;
        }
        ForecastQuery query = ForecastPeriods.query(
                period, context.values().today(), groupBy(input.get("by")), Scope.owner(context, who));
        return report.answer(context.actor(), query, context.currency());
    }

    private static GroupBy groupBy(String by) {
        return by == null ? GroupBy.NONE : GroupBy.valueOf(by.toUpperCase(Locale.ROOT));
    }
}
