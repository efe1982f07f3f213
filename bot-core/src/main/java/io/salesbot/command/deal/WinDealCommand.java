package io.salesbot.command.deal;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import org.springframework.stereotype.Component;

/** {@code /opp won <deal> [note]}: closes a deal as won. */
@Component
class WinDealCommand implements Command {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).positional().required();
    static final Option<String> NOTE = Option.text("note").rest();
    static final Option<Integer> VERSION = Option.number("version").hidden();

    static final CommandSpec SPEC = CommandSpec.of("opp", "won", DEAL, NOTE, VERSION);

    private final OpportunityService deals;

    WinDealCommand(OpportunityService deals) {
        this.deals = deals;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        DealView won = deals.win(context.actor(), arguments.get(DEAL), arguments.get(NOTE), arguments.get(VERSION));
        return DealCards.card(
                DealCards.sayClosedOn(Message.of("reply.deal.won", won.number()), won), won, context.actor());
    }
}
