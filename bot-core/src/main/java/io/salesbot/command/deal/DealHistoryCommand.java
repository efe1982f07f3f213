package io.salesbot.command.deal;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.opportunity.ActivityView;
import io.salesbot.opportunity.ChangeView;
import io.salesbot.opportunity.DealHistory;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /opp history <deal>}: the deal's timeline, newest first: its stage and field changes and
 * its activities (notes, calls, meetings, e-mails, logged chat messages) interleaved in time order.
 */
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
        HistoryValues values = new HistoryValues(context.currency(), history.stages());
        // One timeline: changes and activities in the order they happened (a change before an
        // activity of the same instant), then newest first, so whatever a platform has to cut
        // from a long history is its oldest end.
        List<Entry> entries = new ArrayList<>();
        history.changes().forEach(change -> entries.add(new Entry(change.at(), 0, row(change, values))));
        history.activities().forEach(activity -> entries.add(new Entry(activity.at(), 1, row(activity))));
        entries.sort(Comparator.comparing(Entry::at).thenComparingInt(Entry::order));
        Collections.reverse(entries);
        List<List<Object>> rows =
                entries.stream().limit(MAX_HISTORY_ROWS).map(Entry::row).toList();
        List<Message> footer = entries.size() > MAX_HISTORY_ROWS
                ? List.of(Message.of("reply.history.latest", MAX_HISTORY_ROWS, entries.size()))
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

    /** A line of the timeline, with when it happened to sort it by. */
    private record Entry(Instant at, int order, List<Object> row) {}

    /** An activity: its kind where a change says what changed, and what was said (and by whom, where). */
    private static List<Object> row(ActivityView activity) {
        Object said = activity.sourceAuthor() == null && activity.sourceLink() == null
                ? activity.text()
                : Message.of(
                        "activity.logged",
                        activity.text(),
                        activity.sourceAuthor() == null ? "?" : activity.sourceAuthor(),
                        activity.sourceLink() == null ? "" : activity.sourceLink());
        return Arrays.asList(
                activity.at(),
                Message.of(
                        "reply.history.by",
                        activity.memberName(),
                        Message.of("platform." + activity.platform().name().toLowerCase())),
                Message.of("activity.kind." + activity.kind().word()),
                said);
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
