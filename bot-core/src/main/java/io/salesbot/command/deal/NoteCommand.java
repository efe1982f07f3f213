package io.salesbot.command.deal;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.opportunity.ActivityKind;
import io.salesbot.opportunity.ActivityView;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import org.springframework.stereotype.Component;

/**
 * {@code /opp note <deal> <text> [type:call|meeting|email|note]}: keeps something that happened
 * with the deal, dated and signed, in its timeline ({@code /opp history}). "Log to deal" on a chat
 * message runs it too, with the hidden {@code author:} and {@code link:} of the message.
 */
@Component
class NoteCommand implements Command {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).positional().required();
    static final Option<String> TEXT = Option.text("text").rest().required();
    static final Option<String> TYPE =
            Option.choice("type", "call", "meeting", "email", "note").describedBy("option.activity");
    static final Option<String> AUTHOR = Option.text("author").hidden();
    static final Option<String> LINK = Option.text("link").hidden();

    static final CommandSpec SPEC = CommandSpec.of("opp", "note", DEAL, TEXT, TYPE, AUTHOR, LINK);

    private final OpportunityService deals;

    NoteCommand(OpportunityService deals) {
        this.deals = deals;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String author = arguments.get(AUTHOR);
        String link = arguments.get(LINK);
        ActivityKind kind = arguments.get(TYPE) != null
                ? ActivityKind.of(arguments.get(TYPE))
                : author != null || link != null ? ActivityKind.MESSAGE : ActivityKind.NOTE;
        ActivityView added =
                deals.addActivity(context.actor(), arguments.get(DEAL), arguments.get(TEXT), kind, author, link);
        return new BotReply.Text(
                Message.of(
                        "reply.note.added",
                        Message.of("activity.kind." + added.kind().word()),
                        added.dealNumber(),
                        added.dealName()),
                Visibility.PRIVATE);
    }
}
