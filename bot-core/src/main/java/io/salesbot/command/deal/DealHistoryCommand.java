package io.salesbot.command.deal;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.opportunity.ChangeView;
import io.salesbot.opportunity.DealHistory;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code /opp history <deal>}: the stage and field history, newest first. */
@Component
class DealHistoryCommand implements Command {

    /** The most changes {@code /opp history} lists; the CSV export has all of them. */
    static final int MAX_HISTORY_ROWS = 100;

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).rest().required();

    static final CommandSpec SPEC = CommandSpec.of("opp", "history", DEAL);

    private final OpportunityService deals;

    DealHistoryCommand(OpportunityService deals) {
        this.deals = deals;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        DealHistory history = deals.history(context.actor(), arguments.get(DEAL));
        // Newest first, so whatever a platform has to cut from a long history is its oldest end.
        List<ChangeView> changes = new ArrayList<>(history.changes());
        Collections.reverse(changes);
        HistoryValues values = new HistoryValues(context.currency(), history.stages());
        List<List<Object>> rows = changes.stream()
                .limit(MAX_HISTORY_ROWS)
                .map(change -> row(change, values))
                .toList();
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

    private static List<Object> row(ChangeView change, HistoryValues values) {
        Message what = values.describe(change);
        return Arrays.asList(
                change.at(),
                Message.of(
                        "reply.history.by",
                        change.memberName(),
                        Message.of("platform." + change.platform().name().toLowerCase())),
                what,
                change.note());
    }
}
