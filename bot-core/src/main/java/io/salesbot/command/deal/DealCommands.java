package io.salesbot.command.deal;

import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandHandler;
import io.salesbot.command.CommandInput;
import io.salesbot.opportunity.ChangeView;
import io.salesbot.opportunity.DealFilter;
import io.salesbot.opportunity.DealHistory;
import io.salesbot.opportunity.DealPage;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /opp new}, {@code show}, {@code list} and {@code history}: making and reading deals. */
@Component
class DealCommands implements CommandHandler {

    static final int PAGE_SIZE = 10;

    /** The most changes {@code /opp history} lists; the CSV export has all of them. */
    static final int MAX_HISTORY_ROWS = 100;

    private final OpportunityService deals;
    private final DealForms forms;

    DealCommands(OpportunityService deals, DealForms forms) {
        this.deals = deals;
        this.forms = forms;
    }

    @Override
    public Set<String> handles() {
        return Set.of("opp new", "opp show", "opp list", "opp history");
    }

    @Override
    public BotReply handle(CommandContext context, CommandInput input) {
        return switch (input.spec().sub()) {
            case "new" -> create(context, input);
            case "show" ->
                DealCards.card(
                        Message.of("reply.deal.show"), deals.show(context.actor(), input.get("deal")), context.actor());
            case "list" -> list(context, input);
            default -> history(context, input);
        };
    }

    private BotReply create(CommandContext context, CommandInput input) {
        if (!input.has("name")) {
            return forms.newDeal(context);
        }
        NewDeal deal = new NewDeal(
                input.get("name"),
                input.get("customer"),
                context.values().amount(input, "amount"),
                context.values().probability(input, "prob"),
                context.values().date(input, "close"),
                input.get("stage"),
                input.get("type"),
                input.get("campaign"),
                input.get("source"),
                input.get("owner"),
                null,
                input.get("description"));
        DealView created = deals.create(context.actor(), deal);
        return DealCards.card(Message.of("reply.deal.created", created.number()), created, context.actor());
    }

    private BotReply list(CommandContext context, CommandInput input) {
        String who = input.get("who") == null ? "mine" : input.get("who");
        DealFilter filter = DealFilter.all().inStage(input.get("stage"));
        if (who.equalsIgnoreCase("mine")) {
            filter = filter.ownedBy(context.userId());
        } else if (!who.equalsIgnoreCase("all") && !who.equalsIgnoreCase("team")) {
            filter = filter.ownedBy(who);
        }
        filter = new DealFilter(
                filter.owner(),
                filter.stage(),
                input.get("type"),
                input.get("campaign"),
                null,
                null,
                filter.openOnly());
        filter = closing(context, input.get("closing"), filter);
        Integer page = context.values().number(input, "page");
        DealPage found = deals.list(context.actor(), filter, page == null ? 1 : page, PAGE_SIZE);
        String more = found.page() < found.pageCount() ? nextPage(input, found.page() + 1) : null;
        return new BotReply.DealList(
                Message.of("reply.list.title." + (who.equalsIgnoreCase("mine") ? "mine" : "team"), found.total()),
                found.deals(),
                found.page(),
                found.pageCount(),
                found.total(),
                more,
                Visibility.PRIVATE);
    }

    private static DealFilter closing(CommandContext context, String period, DealFilter filter) {
        if (period == null) {
            return filter;
        }
        LocalDate today = context.values().today();
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        return switch (period) {
            case "this-month" ->
                filter.closingBetween(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()))
                        .onlyOpen();
            case "next-month" ->
                filter.closingBetween(
                                today.plusMonths(1).withDayOfMonth(1),
                                today.plusMonths(1)
                                        .withDayOfMonth(today.plusMonths(1).lengthOfMonth()))
                        .onlyOpen();
            case "this-quarter" ->
                filter.closingBetween(quarterStart, quarterStart.plusMonths(3).minusDays(1))
                        .onlyOpen();
            case "next-quarter" ->
                filter.closingBetween(
                                quarterStart.plusMonths(3),
                                quarterStart.plusMonths(6).minusDays(1))
                        .onlyOpen();
            default ->
                filter.closingBetween(LocalDate.of(1900, 1, 1), today.minusDays(1))
                        .onlyOpen();
        };
    }

    private static String nextPage(CommandInput input, int page) {
        StringBuilder command = new StringBuilder("/opp list");
        input.values().forEach((name, value) -> {
            if (!name.equals("page")) {
                command.append(name.equals("who") ? " " + value : " " + name + ":" + DealCards.quote(value));
            }
        });
        return command.append(" page:").append(page).toString();
    }

    private BotReply history(CommandContext context, CommandInput input) {
        DealHistory history = deals.history(context.actor(), input.get("deal"));
        // Newest first, so whatever a platform has to cut from a long history is its oldest end.
        List<ChangeView> changes = new java.util.ArrayList<>(history.changes());
        java.util.Collections.reverse(changes);
        List<List<Object>> rows =
                changes.stream().limit(MAX_HISTORY_ROWS).map(DealCommands::row).toList();
        List<Message> footer = changes.size() > MAX_HISTORY_ROWS
                ? List.of(Message.of("reply.history.latest", MAX_HISTORY_ROWS, changes.size()))
                : List.of();
        return new BotReply.Table(
                Message.of("reply.history.title", history.number(), history.name()),
                List.of(
                        Message.of("column.when"),
                        Message.of("column.who"),
                        Message.of("column.change"),
                        Message.of("column.note")),
                rows,
                footer,
                Visibility.PRIVATE);
    }

    private static List<Object> row(ChangeView change) {
        Message what = Message.of(
                "change." + change.field().name().toLowerCase(),
                change.from() == null ? "–" : change.from(),
                change.to() == null ? "–" : change.to());
        return java.util.Arrays.asList(
                change.at(),
                Message.of(
                        "reply.history.by",
                        change.memberName(),
                        Message.of("platform." + change.platform().name().toLowerCase())),
                what,
                change.note());
    }
}
