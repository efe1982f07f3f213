package io.salesbot.command.report;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.forecast.ForecastReport;
import io.salesbot.forecast.ForecastService;
import io.salesbot.forecast.Granularity;
import io.salesbot.forecast.PeriodForecast;
import io.salesbot.forecast.Pipeline;
import io.salesbot.forecast.PipelineQuery;
import io.salesbot.forecast.PipelineRow;
import io.salesbot.opportunity.DealFilter;
import io.salesbot.opportunity.DealPage;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.opportunity.StageKind;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Period;
import io.salesbot.reply.Visibility;
import io.salesbot.task.TaskList;
import io.salesbot.task.TaskQuery;
import io.salesbot.task.TaskScope;
import io.salesbot.task.TaskService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /salesbot home}: the member's desk, what Slack's App Home shows and any platform can
 * type. Four parts, each saying what it is once: the member's open deals (never a closed one),
 * their slipping deals (open, past the expected close date; the same deals as {@code /opp list
 * mine closing:overdue}), their quarter against their quota, their tasks due by the end of today
 * (when they have any), and the team's open pipeline by stage with its totals. Private: it is
 * the asker's own desk.
 */
@Component
class HomeCommand implements Command {

    /** How many deals each list shows; the rest are a typed command away. */
    static final int SHOWN = 10;

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "home");

    /** The command that lists every slipping deal of the asker, page by page. */
    static final String ALL_SLIPPING = "/opp list mine closing:overdue";

    private final OpportunityService deals;
    private final ForecastService forecasts;

    private final TaskService tasks;

    HomeCommand(OpportunityService deals, ForecastService forecasts, TaskService tasks) {
        this.deals = deals;
        this.forecasts = forecasts;
        this.tasks = tasks;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        List<BotReply> parts = new ArrayList<>();
        DealFilter mine = DealFilter.all().ownedBy(context.userId()).onlyOpen();
        DealPage open = deals.list(context.actor(), mine, 1, SHOWN);
        parts.add(
                open.total() == 0
                        ? new BotReply.Text(Message.of("reply.home.noOpen"), Visibility.PRIVATE)
                        : list(Message.of("reply.home.open", open.total()), open, null));
        LocalDate today = context.calendar().today();
        DealPage slipping = deals.list(
                context.actor(), mine.closingBetween(LocalDate.of(1900, 1, 1), today.minusDays(1)), 1, SHOWN);
        if (slipping.total() > 0) {
            String more = slipping.pageCount() > 1 ? ALL_SLIPPING + " page:2" : null;
            parts.add(list(Message.of("reply.home.slipping", slipping.total()), slipping, more));
        } else if (open.total() > 0) {
            parts.add(new BotReply.Text(Message.of("reply.home.noSlipping"), Visibility.PRIVATE));
        }
        parts.add(quarter(context, today));
        TaskList dueToday = tasks.list(context.actor(), new TaskQuery(TaskScope.TODAY, null, SHOWN));
        if (!dueToday.tasks().isEmpty()) {
            parts.add(tasksDue(dueToday));
        }
        parts.add(team(forecasts.pipeline(context.actor(), PipelineQuery.team()), context.currency()));
        return new BotReply.Many(parts, Visibility.PRIVATE);
    }

    /**
     * The member's own standing this quarter, as {@code /forecast mine} counts it: won against their
     * quota (attainment, gap, coverage; "no quota" when none is set) beside Commit and Best case.
     */
    private BotReply quarter(CommandContext context, LocalDate today) {
        Period quarter = Period.ofLabel(Granularity.QUARTER.label(today));
        PeriodForecast mine =
                forecasts.periodForecast(context.actor(), context.actor().memberId(), quarter);
        String currency = context.currency();
        List<Object> row = new ArrayList<>(Arrays.asList(
                quarter,
                new Money(mine.closedWon(), currency),
                new Money(mine.commit(), currency),
                new Money(mine.bestCase(), currency),
                new Money(mine.pipeline(), currency)));
        row.addAll(ForecastReport.quotaCells(mine, currency));
        return new BotReply.Table(
                Message.of("reply.home.quarter"),
                List.of(
                        Message.of("column.period"),
                        Message.of("column.won"),
                        Message.of("column.commit"),
                        Message.of("column.bestCase"),
                        Message.of("column.openUnweighted"),
                        Message.of("column.quota"),
                        Message.of("column.attainment"),
                        Message.of("column.gap"),
                        Message.of("column.coverage")),
                List.of(row),
                List.of(),
                Visibility.PRIVATE);
    }

    private static BotReply list(Message title, DealPage page, String more) {
        return new BotReply.DealList(
                title, page.deals(), page.page(), page.pageCount(), page.total(), more, Visibility.PRIVATE);
    }

    /** The member's tasks due by the end of today, late ones first. */
    private static BotReply tasksDue(TaskList today) {
        List<List<Object>> rows = today.tasks().stream()
                .map(task -> Arrays.<Object>asList(
                        task.label(),
                        task.text(),
                        task.dealNumber() == null ? null : "#" + task.dealNumber() + " " + task.dealName(),
                        task.overdue() ? Message.of("task.overdueCell", task.dueShown()) : task.dueShown()))
                .toList();
        List<Message> footer = today.total() > today.tasks().size()
                ? List.of(Message.of("reply.home.tasksMore", today.tasks().size(), today.total()))
                : List.of();
        return new BotReply.Table(
                Message.of("reply.home.tasks", today.total()),
                List.of(
                        Message.of("column.task"),
                        Message.of("column.what"),
                        Message.of("column.deal"),
                        Message.of("column.due")),
                rows,
                footer,
                Visibility.PRIVATE);
    }

    /** The team's open stages with their deals and amounts, and the totals under them. */
    private static BotReply team(Pipeline pipeline, String currency) {
        List<List<Object>> rows = pipeline.rows().stream()
                .filter(row -> row.kind() == StageKind.OPEN)
                .map(row -> Arrays.<Object>asList(
                        stageName(row),
                        row.deals(),
                        new Money(row.estimated(), currency),
                        new Money(row.expected(), currency)))
                .toList();
        return new BotReply.Table(
                Message.of("reply.home.team"),
                List.of(
                        Message.of("column.stage"),
                        Message.of("column.deals"),
                        Message.of("column.estimated"),
                        Message.of("column.expected")),
                rows,
                List.of(Message.of(
                        "reply.pipeline.total",
                        pipeline.openDeals(),
                        new Money(pipeline.openEstimated(), currency),
                        new Money(pipeline.openExpected(), currency))),
                Visibility.PRIVATE);
    }

    private static Message stageName(PipelineRow row) {
        return Message.of("stage.name", row.stage(), row.thaiStage() == null ? row.stage() : row.thaiStage());
    }
}
