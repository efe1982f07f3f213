package io.salesbot.command.report;

import io.salesbot.chart.ChartKind;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandHandler;
import io.salesbot.command.CommandInput;
import io.salesbot.forecast.Forecast;
import io.salesbot.forecast.ForecastQuery;
import io.salesbot.forecast.ForecastRow;
import io.salesbot.forecast.ForecastService;
import io.salesbot.forecast.GroupBy;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code /forecast [month|quarter|year|2026-Q4|2026-12|2026] [@user] [by:rep|type|campaign]}: open
 * deals unweighted and weighted, and what is won, per period of expected close date.
 */
@Component
class ForecastCommand implements CommandHandler {

    private final ForecastService forecasts;

    ForecastCommand(ForecastService forecasts) {
        this.forecasts = forecasts;
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
        Forecast forecast = forecasts.forecast(context.actor(), query);
        String currency = context.currency();
        boolean grouped = query.groupBy() != GroupBy.NONE;
        List<List<Object>> rows =
                forecast.rows().stream().map(row -> row(row, grouped, currency)).toList();
        List<Message> headers = new ArrayList<>(List.of(Message.of("column.period")));
        if (grouped) {
            headers.add(Message.of("column.group." + query.groupBy().name().toLowerCase(Locale.ROOT)));
        }
        headers.addAll(List.of(
                Message.of("column.openUnweighted"), Message.of("column.openWeighted"), Message.of("column.won")));
        Message title = Message.of(
                "reply.forecast.title",
                forecast.rows().isEmpty() ? "" : forecast.rows().get(0).period(),
                forecast.rows().isEmpty()
                        ? ""
                        : forecast.rows().get(forecast.rows().size() - 1).period());
        List<Message> footer = List.of(Message.of(
                "reply.forecast.total",
                new Money(forecast.totalUnweighted(), currency),
                new Money(forecast.totalWeighted(), currency),
                new Money(forecast.totalWon(), currency)));
        BotReply.Table table = new BotReply.Table(title, headers, rows, footer, Visibility.CHANNEL);
        return new BotReply.Many(List.of(table, chart(forecast, title, grouped, currency)), Visibility.CHANNEL);
    }

    private static List<Object> row(ForecastRow row, boolean grouped, String currency) {
        List<Object> cells = new ArrayList<>(List.of(row.period()));
        if (grouped) {
            cells.add(row.group() == null ? Message.of("reply.forecast.noGroup") : row.group());
        }
        cells.addAll(Arrays.asList(
                new Money(row.openUnweighted(), currency),
                new Money(row.openWeighted(), currency),
                new Money(row.closedWon(), currency)));
        return cells;
    }

    private static BotReply.Chart chart(Forecast forecast, Message title, boolean grouped, String currency) {
        List<ForecastRow> rows = forecast.rows();
        List<Object> categories = rows.stream()
                .<Object>map(row ->
                        grouped ? row.period() + " · " + (row.group() == null ? "–" : row.group()) : row.period())
                .toList();
        return new BotReply.Chart(
                title,
                ChartKind.GROUPED_BAR,
                categories,
                List.of(
                        new BotReply.Chart.Series(
                                Message.of("chart.series.openUnweighted"),
                                rows.stream().map(ForecastRow::openUnweighted).toList()),
                        new BotReply.Chart.Series(
                                Message.of("chart.series.openWeighted"),
                                rows.stream().map(ForecastRow::openWeighted).toList()),
                        new BotReply.Chart.Series(
                                Message.of("chart.series.won"),
                                rows.stream().map(ForecastRow::closedWon).toList())),
                currency,
                Visibility.CHANNEL);
    }

    private static GroupBy groupBy(String by) {
        return by == null ? GroupBy.NONE : GroupBy.valueOf(by.toUpperCase(Locale.ROOT));
    }
}
