package io.salesbot.forecast;

import io.salesbot.chart.ChartKind;
import io.salesbot.opportunity.StageKind;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The pipeline as people read it: deals, estimated and expected value per stage, the open
 * totals, slipping and stale deals, and a chart. Shared by {@code /pipeline} and the digest.
 */
@Component
public class PipelineReport {

    public static final int STALE_DAYS = 14;

    private final ForecastService forecasts;

    PipelineReport(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    /** The pipeline of {@code query} as a table (with slipping and stale deals) and a chart. */
    public BotReply.Many answer(Actor actor, PipelineQuery query, String currency) {
        Pipeline pipeline = forecasts.pipeline(actor, query);
        ReportFilters filters = pipeline.filters();
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
        // The lists read the same filters as the table: a campaign's pipeline names its own deals only.
        alerts(footer, "reply.pipeline.slipping", forecasts.slippingDeals(actor, filters));
        alerts(
                footer,
                forecasts.hasStageLimits(actor) ? "reply.pipeline.staleOrStuck" : "reply.pipeline.stale",
                forecasts.staleDeals(actor, filters, STALE_DAYS));
        // Every open deal should have a next step: those without one, or with one gone by, are named.
        alerts(footer, "reply.pipeline.nextStepOverdue", forecasts.nextStepsOverdue(actor, filters));
        alerts(footer, "reply.pipeline.noNextStep", forecasts.dealsWithoutNextStep(actor, filters));
        alerts(footer, "reply.pipeline.pushedOut", forecasts.pushedOutDeals(actor, filters));
        Message title = ReportTitles.withFilters(
                filters.isTeam()
                        ? Message.of("reply.pipeline.title.team")
                        : Message.of("reply.pipeline.title.of", filters.ownerName()),
                filters,
                GroupBy.NONE);
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
        if (pipeline.rows().stream().allMatch(row -> row.deals() == 0)) {
            return new BotReply.Many(
                    List.of(new BotReply.Text(Message.of("reply.pipeline.empty", title), Visibility.CHANNEL)),
                    Visibility.CHANNEL);
        }
        if (pipeline.openDeals() == 0) {
            // A chart of open stages with no open deal would be an empty frame: say it instead.
            return new BotReply.Many(
                    List.of(table, new BotReply.Text(Message.of("reply.pipeline.noOpen"), Visibility.CHANNEL)),
                    Visibility.CHANNEL);
        }
        return new BotReply.Many(List.of(table, chart(pipeline, title, currency)), Visibility.CHANNEL);
    }

    private static Object label(PipelineRow row) {
        return row.kind() == StageKind.OPEN ? stageName(row) : Message.of("reply.pipeline.closedStage", stageName(row));
    }

    private static void alerts(List<Message> footer, String key, DealAlerts deals) {
        if (!deals.isEmpty()) {
            String list = String.join(
                    ", ",
                    deals.shown().stream()
                            .limit(5)
                            .map(d -> "#" + d.number() + " " + d.name())
                            .toList());
            footer.add(Message.of(key, deals.total(), list));
        }
    }

    private static BotReply.Chart chart(Pipeline pipeline, Message title, String currency) {
        List<PipelineRow> open = pipeline.rows().stream()
                .filter(row -> row.kind() == StageKind.OPEN)
                .toList();
        return new BotReply.Chart(
                title,
                ChartKind.GROUPED_BAR,
                open.stream().<Object>map(PipelineReport::stageName).toList(),
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

    /** A row's stage, shown by its Thai name to Thai readers. */
    private static Message stageName(PipelineRow row) {
        return Message.of("stage.name", row.stage(), row.thaiStage() == null ? row.stage() : row.thaiStage());
    }
}
