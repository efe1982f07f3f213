package io.salesbot.command.deal;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import org.springframework.stereotype.Component;

/** {@code /opp reopen <deal> [stage:] [note]}: brings a closed deal back (managers; the service checks). */
@Component
class ReopenDealCommand implements Command {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).positional().required();
    static final Option<String> STAGE = Option.string("stage", OptionType.STAGE);
    static final Option<String> NOTE = Option.text("note").rest();

    static final CommandSpec SPEC = CommandSpec.of("opp", "reopen", DEAL, STAGE, NOTE);

    private final OpportunityService deals;

    ReopenDealCommand(OpportunityService deals) {
        this.deals = deals;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        return DealCards.reply(
                context,
                "reply.deal.reopened",
                deals.reopen(context.actor(), arguments.get(DEAL), arguments.get(STAGE), arguments.get(NOTE)));
    }
}
