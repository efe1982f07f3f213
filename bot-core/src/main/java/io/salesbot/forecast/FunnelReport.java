package io.salesbot.forecast;

import io.salesbot.chart.ChartKind;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Percent;
import io.salesbot.reply.Period;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /pipeline funnel} as people read it: per stage, the deals that reached it, the share
 * that went on, the average days spent in it and its limit; below, win rate, average won deal,
 * days to close, velocity and the stuck deals; and a funnel chart.
 */
@Component
public class FunnelReport {

    private final FunnelService funnels;

    FunnelReport(FunnelService funnels) {
        this.funnels = funnels;
    }

    /** The funnel of the period labelled {@code periodLabel} (its days {@code from} to {@code to}). */
    public BotReply.Many answer(
            Actor actor, String periodLabel, LocalDate from, LocalDate to, String owner, String currency) {
        Funnel funnel = funnels.funnel(actor, periodLabel, from, to, owner);
        Period period = Period.ofLabel(periodLabel);
        ReportFilters filters = funnel.filters();
        Message title = filters.isTeam()
                ? Message.of("reply.funnel.title.team", period)
                : Message.of("reply.funnel.title.of", period, filters.ownerName());
        if (funnel.isEmpty()) {
            return new BotReply.Many(
                    List.of(new BotReply.Text(Message.of("reply.funnel.empty", title), Visibility.CHANNEL)),
                    Visibility.CHANNEL);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < funnel.stages().size(); i++) {
            FunnelStage stage = funnel.stages().get(i);
            BigDecimal conversion = funnel.conversionPercent(i);
            rows.add(Arrays.asList(
                    stageName(stage),
                    stage.reached(),
                    conversion == null ? null : new Percent(conversion),
                    stage.averageDays(),
                    stage.limitDays() == null ? null : Message.of("reply.setup.stuckAfter", stage.limitDays())));
        }
        List<Message> footer = new ArrayList<>();
        footer.add(Message.of("reply.funnel.cohort", funnel.cohort(), funnel.from(), funnel.to()));
        if (funnel.closed() == 0) {
            footer.add(Message.of("reply.funnel.noneClosed"));
        } else {
            footer.add(Message.of(
                    "reply.funnel.closed", funnel.won(), funnel.closed(), new Percent(funnel.winRatePercent())));
            if (funnel.won() > 0) {
                footer.add(Message.of(
                        "reply.funnel.won",
                        new Money(funnel.averageWonAmount(), currency),
                        funnel.averageDaysToClose()));
            }
        }
        BigDecimal velocity = funnel.velocityPerDay();
        footer.add(
                velocity == null
                        ? Message.of("reply.funnel.noVelocity", funnel.openDeals())
                        : Message.of(
                                "reply.funnel.velocity",
                                funnel.openDeals(),
                                new Money(funnel.averageWonAmount(), currency),
                                new Percent(funnel.winRatePercent()),
                                funnel.averageDaysToClose(),
                                new Money(velocity, currency)));
        if (funnel.stuckTotal() > 0) {
            List<Message> named = funnel.stuck().stream()
                    .map(deal -> Message.of(
                            "reply.funnel.stuckDeal",
                            deal.number(),
                            deal.name(),
                            Message.of(
                                    "stage.name",
                                    deal.stage(),
                                    deal.thaiStage() == null ? deal.stage() : deal.thaiStage()),
                            deal.daysInStage(),
                            deal.limitDays()))
                    .toList();
            long more = funnel.stuckTotal() - funnel.stuck().size();
            footer.add(
                    more > 0
                            ? Message.of("reply.funnel.stuckMore", funnel.stuckTotal(), named, more)
                            : Message.of("reply.funnel.stuck", funnel.stuckTotal(), named));
        }
        footer.add(Message.of("reply.funnel.howCounted"));
        BotReply.Table table = new BotReply.Table(
                title,
                List.of(
                        Message.of("column.stage"),
                        Message.of("column.reached"),
                        Message.of("column.conversion"),
                        Message.of("column.daysInStage"),
                        Message.of("column.stuckAfter")),
                rows,
                footer,
                Visibility.CHANNEL);
        if (funnel.cohort() == 0) {
            // Only stuck deals to show: a funnel of nobody would be an empty frame.
            return new BotReply.Many(
                    List.of(table, new BotReply.Text(Message.of("reply.funnel.noChart"), Visibility.CHANNEL)),
                    Visibility.CHANNEL);
        }
        BotReply.Chart chart = new BotReply.Chart(
                title,
                ChartKind.FUNNEL,
                funnel.stages().stream().<Object>map(FunnelReport::stageName).toList(),
                List.of(new BotReply.Chart.Series(
                        Message.of("chart.series.reached"),
                        funnel.stages().stream()
                                .map(stage -> BigDecimal.valueOf(stage.reached()))
                                .toList())),
                null,
                Visibility.CHANNEL);
        return new BotReply.Many(List.of(table, chart), Visibility.CHANNEL);
    }

    private static Message stageName(FunnelStage stage) {
        return Message.of("stage.name", stage.name(), stage.thaiName() == null ? stage.name() : stage.thaiName());
    }
}
