package io.salesbot.command.report;

import io.salesbot.campaign.CampaignReportService;
import io.salesbot.campaign.CampaignResult;
import io.salesbot.campaign.CampaignService;
import io.salesbot.campaign.CampaignView;
import io.salesbot.chart.ChartKind;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandHandler;
import io.salesbot.command.CommandInput;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Percent;
import io.salesbot.reply.Visibility;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /campaign report [name]}, {@code /campaign new} and {@code /campaign list}. */
@Component
class CampaignCommands implements CommandHandler {

    private final CampaignService campaigns;
    private final CampaignReportService reports;

    CampaignCommands(CampaignService campaigns, CampaignReportService reports) {
        this.campaigns = campaigns;
        this.reports = reports;
    }

    @Override
    public Set<String> handles() {
        return Set.of("campaign report", "campaign new", "campaign list");
    }

    @Override
    public BotReply handle(CommandContext context, CommandInput input) {
        return switch (input.spec().sub()) {
            case "report" -> report(context, input.get("campaign"));
            case "new" -> {
                CampaignView created = campaigns.create(
                        context.actor(),
                        input.get("name"),
                        context.values().date(input, "start"),
                        context.values().date(input, "end"),
                        context.values().amount(input, "cost"));
                yield new BotReply.Text(Message.of("reply.campaign.created", created.name()), Visibility.PRIVATE);
            }
            default -> list(context);
        };
    }

    private BotReply report(CommandContext context, String campaign) {
        String currency = context.currency();
        List<CampaignResult> results = reports.report(context.actor(), campaign);
        List<List<Object>> rows = results.stream()
                .map(result -> Arrays.<Object>asList(
                        result.campaign(),
                        result.deals(),
                        result.won(),
                        result.lost(),
                        result.winRate() == null ? null : new Percent(result.winRate()),
                        new Money(result.wonRevenue(), currency),
                        new Money(result.openPipeline(), currency)))
                .toList();
        List<Message> footer = results.isEmpty() ? List.of(Message.of("reply.campaign.none")) : List.of();
        Message title = Message.of("reply.campaign.title");
        BotReply.Table table = new BotReply.Table(
                title,
                List.of(
                        Message.of("column.campaign"),
                        Message.of("column.deals"),
                        Message.of("column.won"),
                        Message.of("column.lost"),
                        Message.of("column.winRate"),
                        Message.of("column.wonRevenue"),
                        Message.of("column.openPipeline")),
                rows,
                footer,
                Visibility.CHANNEL);
        BotReply.Chart chart = new BotReply.Chart(
                title,
                ChartKind.GROUPED_BAR,
                results.stream().<Object>map(CampaignResult::campaign).toList(),
                List.of(
                        new BotReply.Chart.Series(
                                Message.of("chart.series.wonRevenue"),
                                results.stream().map(CampaignResult::wonRevenue).toList()),
                        new BotReply.Chart.Series(
                                Message.of("chart.series.openPipeline"),
                                results.stream()
                                        .map(CampaignResult::openPipeline)
                                        .toList())),
                currency,
                Visibility.CHANNEL);
        return new BotReply.Many(results.isEmpty() ? List.of(table) : List.of(table, chart), Visibility.CHANNEL);
    }

    private BotReply list(CommandContext context) {
        List<List<Object>> rows = campaigns.list(context.actor()).stream()
                .map(c -> Arrays.<Object>asList(
                        c.name(),
                        c.startsOn(),
                        c.endsOn(),
                        c.cost() == null ? null : new Money(c.cost(), context.currency())))
                .toList();
        return new BotReply.Table(
                Message.of("reply.campaign.list"),
                List.of(
                        Message.of("column.campaign"),
                        Message.of("column.start"),
                        Message.of("column.end"),
                        Message.of("column.cost")),
                rows,
                rows.isEmpty() ? List.of(Message.of("reply.campaign.none")) : List.of(),
                Visibility.PRIVATE);
    }
}
