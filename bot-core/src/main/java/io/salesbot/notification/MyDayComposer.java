package io.salesbot.notification;

import io.salesbot.forecast.DealAlert;
import io.salesbot.forecast.DealAlerts;
import io.salesbot.forecast.ForecastService;
import io.salesbot.forecast.PipelineQuery;
import io.salesbot.forecast.PipelineReport;
import io.salesbot.forecast.ReportFilters;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import io.salesbot.task.TaskList;
import io.salesbot.task.TaskService;
import io.salesbot.task.TaskView;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceSettings;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Words a member's morning "my day" when it is sent, from their tasks and deals as they are then:
 * tasks due by the end of their day (late ones first), deals expected to close this week, deals
 * without a next step, deals gone stale. Each part names at most {@link #SHOWN} items, each with
 * its button (a task's Done, a deal's Open), and says how to see the rest.
 */
@Component
class MyDayComposer {

    /** Items named per part: five buttons fill one row on Discord, four parts stay within its five rows. */
    static final int SHOWN = 5;

    private final TaskService tasks;
    private final ForecastService forecasts;

    MyDayComposer(TaskService tasks, ForecastService forecasts) {
        this.tasks = tasks;
        this.forecasts = forecasts;
    }

    BotReply compose(OutboxRow row, Notice.MyDay day, WorkspaceSettings workspace) {
        ZoneId zone = ZoneId.of(day.zone());
        Actor system = new Actor(row.workspaceId(), 0, Role.ADMIN, workspace.platform());
        ReportFilters mine =
                forecasts.filters(system, PipelineQuery.of(row.target().id()));
        List<BotReply> parts = new ArrayList<>();
        // A deal in two parts (no next step, and quiet) gets its button once, in the first.
        Set<String> buttoned = new HashSet<>();

        TaskList due = tasks.dueFor(
                row.workspaceId(),
                day.memberId(),
                day.on().plusDays(1).atStartOfDay(zone).toInstant(),
                SHOWN);
        if (due.total() > 0) {
            parts.add(part(
                    Message.of("notify.myday.tasks", due.total()),
                    due.tasks().stream().map(MyDayComposer::taskLine).toList(),
                    due.tasks().stream().map(MyDayComposer::doneButton).toList(),
                    buttoned,
                    due.total(),
                    "/task list today"));
        }
        LocalDate sunday = day.on().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        deals(
                parts,
                buttoned,
                "notify.myday.closing",
                forecasts.closingBetween(system, mine, day.on(), sunday),
                deal -> Message.of(
                        "notify.myday.closingDeal",
                        number(deal),
                        deal.name(),
                        deal.closeDate(),
                        money(deal, workspace)));
        deals(
                parts,
                buttoned,
                "notify.myday.noNextStep",
                forecasts.dealsWithoutNextStep(system, mine),
                deal -> Message.of("notify.myday.deal", number(deal), deal.name(), deal.stage()));
        deals(
                parts,
                buttoned,
                "notify.myday.stale",
                forecasts.staleDeals(system, mine, PipelineReport.STALE_DAYS),
                deal -> Message.of(
                        "notify.myday.staleDeal", number(deal), deal.name(), deal.stage(), deal.lastActivity()));

        Message title = Message.of("notify.myday.title", day.on());
        if (parts.isEmpty()) {
            return new BotReply.Text(Message.of("notify.myday.clear", title), Visibility.PRIVATE);
        }
        parts.add(0, new BotReply.Text(title, Visibility.PRIVATE));
        parts.add(new BotReply.Text(Message.of("notify.myday.settings"), Visibility.PRIVATE));
        return new BotReply.Many(parts, Visibility.PRIVATE);
    }

    private static void deals(
            List<BotReply> parts,
            Set<String> buttoned,
            String heading,
            DealAlerts alerts,
            Function<DealAlert, Message> line) {
        if (alerts.isEmpty()) {
            return;
        }
        List<DealAlert> shown = alerts.shown().stream().limit(SHOWN).toList();
        parts.add(part(
                Message.of(heading, alerts.total()),
                shown.stream().map(line).toList(),
                shown.stream().map(MyDayComposer::openButton).toList(),
                buttoned,
                alerts.total(),
                "/pipeline mine"));
    }

    /** A heading, its lines one under another, the rest counted with where to see it, and a button per line. */
    private static BotReply part(
            Message heading,
            List<Message> lines,
            List<CardAction> buttons,
            Set<String> buttoned,
            long total,
            String seeAll) {
        Message text = heading;
        for (Message line : lines) {
            text = Message.of("notify.myday.line", text, line);
        }
        if (total > lines.size()) {
            text = Message.of("notify.myday.line", text, Message.of("notify.myday.more", total - lines.size(), seeAll));
        }
        List<CardAction> fresh = buttons.stream()
                .filter(button -> buttoned.add(button.command()))
                .toList();
        return new BotReply.Prompt(text, fresh, Visibility.PRIVATE);
    }

    private static Message taskLine(TaskView task) {
        Message when = task.due() == null
                ? Message.of("notify.myday.undated")
                : Message.of(task.overdue() ? "task.overdue" : "task.due", task.dueShown());
        Message deal = task.dealNumber() == null
                ? Message.of("notify.task.noDeal")
                : Message.of("notify.task.deal", String.valueOf(task.dealNumber()), task.dealName());
        return Message.of("notify.myday.task", task.label(), task.text(), when, deal);
    }

    private static CardAction doneButton(TaskView task) {
        return new CardAction(
                CardAction.Kind.DONE, Message.of("action.task.doneOne", task.label()), "/task done " + task.label());
    }

    private static CardAction openButton(DealAlert deal) {
        return new CardAction(
                CardAction.Kind.OPEN, Message.of("action.openOne", number(deal)), "/opp show #" + deal.number());
    }

    /** A deal number as it is written after "#": digits only, never grouped like an amount. */
    private static String number(DealAlert deal) {
        return String.valueOf(deal.number());
    }

    private static Money money(DealAlert deal, WorkspaceSettings workspace) {
        return new Money(deal.estimated() == null ? java.math.BigDecimal.ZERO : deal.estimated(), workspace.currency());
    }
}
