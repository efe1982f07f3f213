package io.salesbot.notification;

import io.salesbot.call.CallForm;
import io.salesbot.call.CallPeriod;
import io.salesbot.call.CallsReport;
import io.salesbot.call.DealFigures;
import io.salesbot.forecast.ClosedDeals;
import io.salesbot.forecast.DealAlert;
import io.salesbot.forecast.DealAlerts;
import io.salesbot.forecast.ForecastQuery;
import io.salesbot.forecast.ForecastReport;
import io.salesbot.forecast.ForecastService;
import io.salesbot.forecast.Granularity;
import io.salesbot.forecast.GroupBy;
import io.salesbot.forecast.PipelineQuery;
import io.salesbot.forecast.PipelineReport;
import io.salesbot.opportunity.StageKind;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.DealCardField;
import io.salesbot.reply.Mention;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import io.salesbot.task.TaskService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Words a notification at the moment it is sent, through the same reply model as every answer:
 * deal events from the facts captured when they happened; digests and reminders from the data as
 * it is now, in the workspace's language and time zone.
 */
@Component
class NotificationComposer {

    /** How many won (and lost) deals the digest names; the counts and totals cover all of them. */
    static final int NAMED_IN_DIGEST = 10;

    private final PipelineReport pipeline;
    private final ForecastReport forecast;
    private final ForecastService forecasts;
    private final Clock clock;
    private final CallsReport callsReport;
    private final MyDayComposer myDay;
    private final TaskService tasks;

    NotificationComposer(
            PipelineReport pipeline,
            ForecastReport forecast,
            ForecastService forecasts,
            Clock clock,
            CallsReport callsReport,
            MyDayComposer myDay,
            TaskService tasks) {
        this.myDay = myDay;
        this.tasks = tasks;
        this.callsReport = callsReport;
        this.pipeline = pipeline;
        this.forecast = forecast;
        this.forecasts = forecasts;
        this.clock = clock;
    }

    /**
     * The notification as it reads now, or null when it has nothing left to say: a task reminder
     * held through quiet hours whose task was done or put off meanwhile.
     */
    BotReply compose(OutboxRow row, WorkspaceSettings workspace) {
        Notice notice = row.notice();
        String currency = workspace.currency();
        // The outbox reads a row's notice by its kind, so the kind says which record it is.
        return switch (notice.kind()) {
            case NEW -> created((Notice.DealCreated) notice, currency);
            case STAGE -> moved((Notice.StageChanged) notice);
            case WON -> won((Notice.DealWon) notice, currency);
            case LOST -> lost((Notice.DealLost) notice, currency);
            case DIGEST -> digest(row, (Notice.Digest) notice, workspace);
            case REMINDER -> reminder(row, workspace);
            case CALL -> forecastCall(row, (Notice.ForecastCall) notice, workspace);
            case TASK -> {
                Notice.TaskDue task = (Notice.TaskDue) notice;
                yield tasks.stillDue(row.workspaceId(), task.number(), task.dueAt()) ? taskDue(task) : null;
            }
            case MYDAY -> myDay.compose(row, (Notice.MyDay) notice, workspace);
            case STALE -> stale((Notice.StaleDeal) notice);
        };
    }

    private static BotReply created(Notice.DealCreated deal, String currency) {
        return text(
                "notify.new",
                number(deal.number()),
                deal.name(),
                customer(deal.customer()),
                money(deal.amount(), currency),
                deal.owner());
    }

    private static BotReply moved(Notice.StageChanged move) {
        return text(
                "notify.stage",
                number(move.number()),
                move.name(),
                stage(move.from()),
                stage(move.to()),
                move.by(),
                note(move.note()));
    }

    /**
     * A won deal, to celebrate: the owner is mentioned and pinged (the post is about them, and good
     * news is worth a notification).
     */
    private static BotReply won(Notice.DealWon deal, String currency) {
        return closed(
                true,
                Message.of("notify.won.title", number(deal.number()), deal.name()),
                new Mention(deal.ownerUserId(), deal.owner()),
                deal.number(),
                facts(deal.customer(), money(deal.amount(), currency), deal.daysOpen(), null));
    }

    /**
     * A lost deal, to learn from: the reason is shown in full and the owner is named but not pinged
     * (a channel learns from the loss; the owner needs no alert about their own deal).
     */
    private static BotReply lost(Notice.DealLost deal, String currency) {
        return closed(
                false,
                Message.of("notify.lost.title", number(deal.number()), deal.name()),
                new Mention(deal.ownerUserId(), deal.owner()),
                deal.number(),
                facts(deal.customer(), money(deal.amount(), currency), deal.daysOpen(), deal.lostReason()));
    }

    private static BotReply closed(
            boolean won, Message headline, Mention owner, int number, List<DealCardField> facts) {
        CardAction open = new CardAction(CardAction.Kind.OPEN, Message.of("action.open"), "/opp show #" + number);
        return new BotReply.DealClosed(won, headline, owner, won, facts, open, Visibility.CHANNEL);
    }

    private static List<DealCardField> facts(String customer, Money amount, Integer daysOpen, String lostReason) {
        List<DealCardField> facts = new ArrayList<>();
        facts.add(new DealCardField(Message.of("notify.closed.amount"), amount, null, false));
        facts.add(new DealCardField(Message.of("card.customer"), customer, null, false));
        if (daysOpen != null) {
            facts.add(new DealCardField(
                    Message.of("notify.closed.days"), Message.of("notify.closed.daysValue", daysOpen), null, false));
        }
        if (lostReason != null) {
            facts.add(new DealCardField(Message.of("card.lostReason"), lostReason, null, true));
        }
        return facts;
    }

    private BotReply digest(OutboxRow row, Notice.Digest digest, WorkspaceSettings workspace) {
        Actor system = new Actor(row.workspaceId(), 0, Role.ADMIN, workspace.platform());
        LocalDate today = LocalDate.now(clock.withZone(workspace.zone()));
        Instant since = digest.since();
        List<BotReply> parts = new ArrayList<>();
        parts.add(new BotReply.Text(Message.of("notify.digest.title", today), Visibility.CHANNEL));
        Map<StageKind, ClosedDeals> closed = forecasts.closedSince(system, since, NAMED_IN_DIGEST);
        parts.add(closedLine(
                closed.getOrDefault(StageKind.WON, ClosedDeals.NONE), "notify.digest.won", workspace.currency()));
        parts.add(closedLine(
                closed.getOrDefault(StageKind.LOST, ClosedDeals.NONE), "notify.digest.lost", workspace.currency()));
        parts.addAll(pipeline.answer(system, PipelineQuery.team(), workspace.currency())
                .parts());
        LocalDate thisPeriod = Granularity.QUARTER.startOf(today);
        ForecastQuery twoQuarters =
                new ForecastQuery(Granularity.QUARTER, thisPeriod, thisPeriod.plusMonths(3), GroupBy.NONE, null);
        // The whole forecast, as /forecast answers it: its chart, and when nothing is forecast, the
        // notes saying where the overdue and undated deals went, which its first part alone loses.
        parts.addAll(forecast.answer(system, twoQuarters, workspace.currency()).parts());
        return new BotReply.Many(parts, Visibility.CHANNEL);
    }

    private static BotReply closedLine(ClosedDeals closed, String key, String currency) {
        String names = String.join(
                ", ",
                closed.newest().stream()
                        .map(deal -> "#" + deal.number() + " " + deal.name())
                        .toList());
        return new BotReply.Text(
                Message.of(key, closed.count(), new Money(closed.total(), currency), names), Visibility.CHANNEL);
    }

    private BotReply reminder(OutboxRow row, WorkspaceSettings workspace) {
        Actor system = new Actor(row.workspaceId(), 0, Role.ADMIN, workspace.platform());
        DealAlerts slipping = forecasts.slippingDeals(system, row.target().id());
        List<Object> lines = new ArrayList<>();
        for (DealAlert deal : slipping.shown()) {
            lines.add(Message.of("notify.reminder.deal", deal.number(), deal.name(), deal.closeDate(), deal.stage()));
        }
        List<Message> footer = new ArrayList<>();
        if (slipping.notShown() > 0) {
            footer.add(Message.of("notify.reminder.more", slipping.notShown()));
        }
        // the hint's commands name a deal of this list, so they work as typed
        if (!slipping.shown().isEmpty()) {
            footer.add(Message.of(
                    "notify.reminder.hint", number(slipping.shown().get(0).number())));
        }
        return new BotReply.Many(
                List.of(
                        new BotReply.Text(Message.of("notify.reminder", slipping.total()), Visibility.PRIVATE),
                        new BotReply.Table(
                                Message.of("notify.reminder.title"),
                                List.of(Message.of("column.deal")),
                                lines.stream().map(List::of).toList(),
                                footer,
                                Visibility.PRIVATE)),
                Visibility.PRIVATE);
    }

    /** A rep's nudge to call before the weekly call, or the call's roll-up for the channel. */
    private BotReply forecastCall(OutboxRow row, Notice.ForecastCall call, WorkspaceSettings workspace) {
        CallPeriod period = new CallPeriod(Granularity.valueOf(call.granularity()), call.periodStart());
        if (call.nudge()) {
            // The form's button runs /forecast submit for the period: pressed, it opens the form
            // prefilled with the rep's figures as they are then.
            return new BotReply.Many(
                    List.of(
                            new BotReply.Text(
                                    Message.of(
                                            "notify.call.nudge",
                                            period.shown(),
                                            call.at().toLocalTime().toString()),
                                    Visibility.PRIVATE),
                            CallForm.of(period, DealFigures.NONE, null)),
                    Visibility.PRIVATE);
        }
        Actor system = new Actor(row.workspaceId(), 0, Role.ADMIN, workspace.platform());
        return callsReport.answer(system, period, workspace.currency());
    }

    /**
     * A task's owner is told it is due, at the time it is due (read in their own zone), with buttons
     * that finish it, put it off a day or a week, or ask for the day to put it off to.
     */
    private static BotReply taskDue(Notice.TaskDue task) {
        String label = "T-" + task.number();
        Object due = task.timed() ? task.dueAt() : Message.of("notify.task.today");
        Message deal = task.dealNumber() == null
                ? Message.of("notify.task.noDeal")
                : Message.of("notify.task.deal", number(task.dealNumber()), task.dealName());
        return new BotReply.Prompt(
                Message.of("notify.task", label, task.text(), due, deal), taskActions(label), Visibility.PRIVATE);
    }

    /** What can be done about a task from a reminder: done, a day later, a week later, a picked day. */
    static List<CardAction> taskActions(String label) {
        return List.of(
                new CardAction(CardAction.Kind.DONE, Message.of("action.task.done"), "/task done " + label),
                new CardAction(CardAction.Kind.SNOOZE, Message.of("action.task.day"), "/task snooze " + label + " 1d"),
                new CardAction(CardAction.Kind.SNOOZE, Message.of("action.task.week"), "/task snooze " + label + " 7d"),
                new CardAction(CardAction.Kind.SNOOZE, Message.of("action.task.pick"), "/task snooze " + label));
    }

    /**
     * An idle deal: to its owner, with a button to open it and one to snooze its alerts with a
     * reason (a form); to a manager, that it is still idle, or why its owner snoozed it.
     */
    private static BotReply stale(Notice.StaleDeal deal) {
        String number = number(deal.number());
        CardAction open = new CardAction(CardAction.Kind.OPEN, Message.of("action.open"), "/opp show #" + number);
        if (!deal.escalated()) {
            return new BotReply.Prompt(
                    Message.of("notify.stale.owner", number, deal.name(), deal.idleSince()),
                    List.of(
                            open,
                            new CardAction(
                                    CardAction.Kind.SNOOZE,
                                    Message.of("action.deal.snooze"),
                                    "/opp snooze #" + number)),
                    Visibility.PRIVATE);
        }
        Message said = deal.snoozedUntil() == null
                ? Message.of("notify.stale.manager", number, deal.name(), deal.ownerName(), deal.idleSince())
                : Message.of(
                        "notify.stale.snoozed",
                        number,
                        deal.name(),
                        deal.ownerName(),
                        deal.snoozedUntil(),
                        deal.snoozeReason());
        return new BotReply.Prompt(said, List.of(open), Visibility.PRIVATE);
    }

    private static BotReply text(String key, Object... args) {
        return new BotReply.Text(Message.of(key, args), Visibility.CHANNEL);
    }

    /** A deal number as it is written after "#": digits only, never grouped like an amount. */
    private static String number(int number) {
        return String.valueOf(number);
    }

    private static String customer(String customer) {
        return customer == null ? "–" : customer;
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount == null ? BigDecimal.ZERO : amount, currency);
    }

    private static Message stage(Notice.StageName stage) {
        String name = stage == null ? "–" : stage.name();
        String thai = stage == null || stage.thai() == null ? name : stage.thai();
        return Message.of("stage.name", name, thai);
    }

    private static Message note(String note) {
        return note == null ? Message.of("notify.noNote") : Message.of("notify.note", note);
    }
}
