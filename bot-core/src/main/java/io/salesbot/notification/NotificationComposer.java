package io.salesbot.notification;

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
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
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

    NotificationComposer(PipelineReport pipeline, ForecastReport forecast, ForecastService forecasts, Clock clock) {
        this.pipeline = pipeline;
        this.forecast = forecast;
        this.forecasts = forecasts;
        this.clock = clock;
    }

    BotReply compose(OutboxRow row, WorkspaceSettings workspace) {
        Map<String, String> facts = row.facts();
        String currency = workspace.currency();
        return switch (row.kind()) {
            case NEW ->
                text(
                        "notify.new",
                        number(facts),
                        facts.get("name"),
                        customer(facts),
                        money(facts, currency),
                        facts.get("owner"));
            case STAGE ->
                text(
                        "notify.stage",
                        number(facts),
                        facts.get("name"),
                        stage(facts, "from"),
                        stage(facts, "to"),
                        facts.get("by"),
                        note(facts));
            case WON ->
                text(
                        "notify.won",
                        number(facts),
                        facts.get("name"),
                        customer(facts),
                        money(facts, currency),
                        facts.get("owner"));
            case LOST ->
                text(
                        "notify.lost",
                        number(facts),
                        facts.get("name"),
                        customer(facts),
                        money(facts, currency),
                        facts.get("owner"),
                        facts.get("lostReason"));
            case DIGEST -> digest(row, workspace);
            case REMINDER -> reminder(row, workspace);
        };
    }

    private BotReply digest(OutboxRow row, WorkspaceSettings workspace) {
        Actor system = new Actor(row.workspaceId(), 0, Role.ADMIN, workspace.platform());
        LocalDate today = LocalDate.now(clock.withZone(workspace.zone()));
        Instant since = Instant.parse(row.facts().get("since"));
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
        parts.add(forecast.answer(system, twoQuarters, workspace.currency())
                .parts()
                .get(0));
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
        footer.add(Message.of("notify.reminder.hint"));
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

    private static BotReply text(String key, Object... args) {
        return new BotReply.Text(Message.of(key, args), Visibility.CHANNEL);
    }

    private static String number(Map<String, String> facts) {
        return facts.get("number");
    }

    private static String customer(Map<String, String> facts) {
        return facts.getOrDefault("customer", "–");
    }

    private static Money money(Map<String, String> facts, String currency) {
        return new Money(new BigDecimal(facts.getOrDefault("amount", "0")), currency);
    }

    private static Message stage(Map<String, String> facts, String which) {
        String name = facts.getOrDefault(which, "–");
        return Message.of("stage.name", name, facts.getOrDefault(which + "Thai", name));
    }

    private static Message note(Map<String, String> facts) {
        String note = facts.get("note");
        return note == null ? Message.of("notify.noNote") : Message.of("notify.note", note);
    }
}
