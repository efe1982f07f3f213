package io.salesbot.command.deal;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Keywords;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.opportunity.DealFilter;
import io.salesbot.opportunity.DealPage;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code /opp list [mine|all|@user] [stage:] [closing:] [campaign:] [type:]}: a page of deals. */
@Component
class ListDealsCommand implements Command {

    static final int PAGE_SIZE = 10;

    static final Option<String> WHO = Option.string("who", OptionType.MEMBER).positional();
    static final Option<String> STAGE = Option.string("stage", OptionType.STAGE);
    static final Option<String> CLOSING =
            Option.choice("closing", "this-month", "next-month", "this-quarter", "next-quarter", "overdue");
    static final Option<String> CAMPAIGN = Option.string("campaign", OptionType.CAMPAIGN);
    static final Option<String> TYPE = Option.string("type", OptionType.TYPE);
    static final Option<Integer> PAGE = Option.number("page");

    static final CommandSpec SPEC = CommandSpec.of("opp", "list", WHO, STAGE, CLOSING, CAMPAIGN, TYPE, PAGE);

    private final OpportunityService deals;

    ListDealsCommand(OpportunityService deals) {
        this.deals = deals;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String typed = arguments.getOr(WHO, "mine");
        // "ทั้งหมด" is "all", not a member of that name
        String who = Keywords.among(typed, List.of("mine", "me", "all", "team")).orElse(typed);
        DealFilter filter = DealFilter.all().inStage(arguments.get(STAGE));
        if (who.equals("mine") || who.equals("me")) {
            filter = filter.ownedBy(context.userId());
        } else if (!who.equalsIgnoreCase("all") && !who.equalsIgnoreCase("team")) {
            filter = filter.ownedBy(who);
        }
        filter = new DealFilter(
                filter.owner(),
                filter.stage(),
                arguments.get(TYPE),
                arguments.get(CAMPAIGN),
                null,
                null,
                filter.openOnly());
        filter = closing(context, arguments.get(CLOSING), filter);
        int page = arguments.getOr(PAGE, 1);
        DealPage found = deals.list(context.actor(), filter, page, PAGE_SIZE);
        String more = found.page() < found.pageCount() ? nextPage(arguments, found.page() + 1) : null;
        return new BotReply.DealList(
                Message.of(
                        "reply.list.title." + (who.equals("mine") || who.equals("me") ? "mine" : "team"),
                        found.total()),
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
        LocalDate today = context.calendar().today();
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate nextMonth = today.plusMonths(1);
        DealFilter closing = switch (period) {
            case "this-month" ->
                filter.closingBetween(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()));
            case "next-month" ->
                filter.closingBetween(nextMonth.withDayOfMonth(1), nextMonth.withDayOfMonth(nextMonth.lengthOfMonth()));
            case "this-quarter" ->
                filter.closingBetween(quarterStart, quarterStart.plusMonths(3).minusDays(1));
            case "next-quarter" ->
                filter.closingBetween(
                        quarterStart.plusMonths(3), quarterStart.plusMonths(6).minusDays(1));
            default -> filter.closingBetween(LocalDate.of(1900, 1, 1), today.minusDays(1));
        };
        return closing.onlyOpen();
    }

    /** The same command for the next page: what was given, with the page changed. */
    private static String nextPage(Arguments arguments, int page) {
        StringBuilder command = new StringBuilder("/").append(SPEC.name());
        arguments.given().forEach((name, value) -> {
            if (!name.equals(PAGE.name())) {
                command.append(name.equals(WHO.name()) ? " " + value : " " + name + ":" + DealCards.quote(value));
            }
        });
        return command.append(' ').append(PAGE.name()).append(':').append(page).toString();
    }
}
