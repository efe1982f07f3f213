package io.salesbot.command.report;

import io.salesbot.chart.ChartKind;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandHandler;
import io.salesbot.command.CommandInput;
import io.salesbot.forecast.DealAlert;
import io.salesbot.forecast.ForecastService;
import io.salesbot.forecast.Pipeline;
import io.salesbot.forecast.PipelineQuery;
import io.salesbot.forecast.PipelineRow;
import io.salesbot.opportunity.StageKind;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /pipeline [mine|team|@user] [type:] [campaign:]}: per stage, with slipping and stale deals. */
@Component
class PipelineCommand implements CommandHandler {

    static final int STALE_DAYS = 14;

    private final ForecastService forecasts;

    PipelineCommand(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public Set<String> handles() {
        return Set.of("pipeline");
    }

    @Override
    public BotReply handle(CommandContext context, CommandInput input) {
        String owner = Scope.owner(context, input.get("who"));
        Pipeline pipeline =
                forecasts.pipeline(context.actor(), new PipelineQuery(owner, input.get("type"), input.get("campaign")));
        String currency = context.currency();
        List<List<Object>> rows = pipeline.rows().stream()
                .map(row -> Arrays.<Object>asList(
                        label(row),
                        (long) row.deals(),
                        new Money(row.estimated(), currency),
                        new Money(row.expected(), currency)))
                .toList();
        List<Message> footer = new ArrayList<>();
        footer.add(Message.of(
                "reply.pipeline.total",
                pipeline.openDeals(),
                new Money(pipeline.openEstimated(), currency),
                new Money(pipeline.openExpected(), currency)));
        footer.add(Message.of("reply.pipeline.closedPeriod", pipeline.quarterFrom(), pipeline.quarterTo()));
        alerts(footer, "reply.pipeline.slipping", forecasts.slippingDeals(context.actor(), owner));
        alerts(footer, "reply.pipeline.stale", forecasts.staleDeals(context.actor(), owner, STALE_DAYS));
        Message title =
                owner == null ? Message.of("reply.pipeline.title.team") : Message.of("reply.pipeline.title.of", owner);
        BotReply.Table table = new BotReply.Table(
                title,
                List.of(
                        Message.of("column.stage"),
                        Message.of("column.deals"),
                        Message.of("column.estimated"),
                        Message.of("column.expected")),
                rows,
                footer,
                Visibility.CHANNEL);
        return new BotReply.Many(List.of(table, chart(pipeline, title, currency)), Visibility.CHANNEL);
    }

    private static Object label(PipelineRow row) {
        return row.kind() == StageKind.OPEN
                ? StageName.of(row)
                : Message.of("reply.pipeline.closedStage", StageName.of(row));
    }

    private static void alerts(List<Message> footer, String key, List<DealAlert> deals) {
        if (!deals.isEmpty()) {
            String list = String.join(
                    ", ",
                    deals.stream()
                            .limit(5)
                            .map(d -> "#" + d.number() + " " + d.name())
                            .toList());
            footer.add(Message.of(key, deals.size(), list));
        }
    }

    private static BotReply.Chart chart(Pipeline pipeline, Message title, String currency) {
        List<PipelineRow> open = pipeline.rows().stream()
                .filter(row -> row.kind() == StageKind.OPEN)
                .toList();
        return new BotReply.Chart(
                title,
                ChartKind.GROUPED_BAR,
                open.stream().<Object>map(StageName::of).toList(),
                List.of(
                        new BotReply.Chart.Series(
                                Message.of("chart.series.estimated"),
                                open.stream().map(PipelineRow::estimated).toList()),
                        new BotReply.Chart.Series(
                                Message.of("chart.series.expected"),
                                open.stream().map(PipelineRow::expected).toList())),
                currency,
                Visibility.CHANNEL);
    }
}
