package io.salesbot.command.report;

import io.salesbot.campaign.CampaignReportService;
import io.salesbot.campaign.CampaignResult;
import io.salesbot.chart.ChartKind;
import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Hints;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Percent;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Role;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code /campaign report [name]}: per campaign, deals, won, lost, win rate, revenue; a chart. */
@Component
class CampaignReportCommand implements Command {

    static final Option<String> CAMPAIGN =
            Option.string("campaign", OptionType.CAMPAIGN).rest();

    static final CommandSpec SPEC =
            CommandSpec.of("campaign", "report", CAMPAIGN).answeredLater();

    private final CampaignReportService reports;

    CampaignReportCommand(CampaignReportService reports) {
        this.reports = reports;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        return report(context, arguments.get(CAMPAIGN));
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
        List<Message> footer = results.isEmpty()
                ? List.of(Hints.forRole(context.actor(), Role.MANAGER, "reply.campaign.none"))
                : List.of();
        Message title = campaign == null || results.isEmpty()
                ? Message.of("reply.campaign.title")
                : Message.of(
                        "reply.report.filtered",
                        Message.of("reply.campaign.title"),
                        Message.of("reply.filter.campaign", results.get(0).campaign()));
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
        if (results.isEmpty()) {
            return new BotReply.Many(List.of(table), Visibility.CHANNEL);
        }
        boolean nothingToDraw = results.stream()
                .allMatch(result -> result.wonRevenue().signum() == 0
                        && result.openPipeline().signum() == 0);
        // Bars of zero would be an empty frame: say so instead.
        BotReply second =
                nothingToDraw ? new BotReply.Text(Message.of("reply.campaign.noAmounts"), Visibility.CHANNEL) : chart;
        return new BotReply.Many(List.of(table, second), Visibility.CHANNEL);
    }
}
