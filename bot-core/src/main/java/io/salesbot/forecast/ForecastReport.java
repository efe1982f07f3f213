package io.salesbot.forecast;

import io.salesbot.chart.ChartKind;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Code;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Period;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A forecast as people read it: per period (and group), open unweighted and weighted and won,
 * with totals and a chart. Shared by {@code /forecast} and the digest.
 */
@Component
public class ForecastReport {

    private final ForecastService forecasts;

    ForecastReport(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    public BotReply.Many answer(Actor actor, ForecastQuery query, String currency) {
        Forecast forecast = forecasts.forecast(actor, query);
        boolean grouped = query.groupBy() != GroupBy.NONE;
        List<List<Object>> rows = forecast.rows().stream()
                .map(row -> row(row, grouped, query.groupBy(), currency))
                .toList();
        List<Message> headers = new ArrayList<>(List.of(Message.of("column.period")));
        if (grouped) {
            headers.add(Message.of("column.group." + query.groupBy().name().toLowerCase(Locale.ROOT)));
        }
        headers.addAll(List.of(
                Message.of("column.openUnweighted"), Message.of("column.openWeighted"), Message.of("column.won")));
        Message title = Message.of(
                "reply.forecast.title",
                forecast.rows().isEmpty()
                        ? ""
                        : Period.ofLabel(forecast.rows().get(0).period()),
                forecast.rows().isEmpty()
                        ? ""
                        : Period.ofLabel(
                                forecast.rows().get(forecast.rows().size() - 1).period()));
        List<Message> footer = List.of(Message.of(
                "reply.forecast.total",
                new Money(forecast.totalUnweighted(), currency),
                new Money(forecast.totalWeighted(), currency),
                new Money(forecast.totalWon(), currency)));
        BotReply.Table table = new BotReply.Table(title, headers, rows, footer, Visibility.CHANNEL);
        return new BotReply.Many(
                List.of(table, chart(forecast, title, grouped, query.groupBy(), currency)), Visibility.CHANNEL);
    }

    /** A type is a code with a name in each language; reps and campaigns are named as typed. */
    private static Object group(ForecastRow row, GroupBy groupBy) {
        if (row.group() == null) {
            return Message.of("reply.forecast.noGroup");
        }
        return groupBy == GroupBy.TYPE ? new Code("type", row.group()) : row.group();
    }

    private static List<Object> row(ForecastRow row, boolean grouped, GroupBy groupBy, String currency) {
        List<Object> cells = new ArrayList<>(List.of(Period.ofLabel(row.period())));
        if (grouped) {
            cells.add(group(row, groupBy));
        }
        cells.addAll(Arrays.asList(
                new Money(row.openUnweighted(), currency),
                new Money(row.openWeighted(), currency),
                new Money(row.closedWon(), currency)));
        return cells;
    }

    private static BotReply.Chart chart(
            Forecast forecast, Message title, boolean grouped, GroupBy groupBy, String currency) {
        List<ForecastRow> rows = forecast.rows();
        List<Object> categories = rows.stream()
                .<Object>map(row -> grouped
                        ? Message.of("reply.forecast.periodGroup", Period.ofLabel(row.period()), group(row, groupBy))
                        : Period.ofLabel(row.period()))
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
}
