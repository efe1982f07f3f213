package io.salesbot.command.deal;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import org.springframework.stereotype.Component;

/** {@code /opp show <deal>}: the deal card. */
@Component
class ShowDealCommand implements Command {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).rest().required();

    static final CommandSpec SPEC = CommandSpec.of("opp", "show", DEAL);

    private final OpportunityService deals;

    ShowDealCommand(OpportunityService deals) {
        this.deals = deals;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        return DealCards.card(
                Message.of("reply.deal.show"), deals.show(context.actor(), arguments.get(DEAL)), context.actor());
    }
}
