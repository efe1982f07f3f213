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

/** {@code /opp product-remove <deal> <line#>}: removes a line item. */
@Component
class RemoveProductCommand implements Command {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).positional().required();
    static final Option<Integer> LINE = Option.number("line").positional().required();

    static final CommandSpec SPEC = CommandSpec.of("opp", "product-remove", DEAL, LINE);

    private final OpportunityService deals;

    RemoveProductCommand(OpportunityService deals) {
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
                "reply.deal.lineRemoved",
                deals.removeLine(context.actor(), arguments.get(DEAL), arguments.get(LINE)));
    }
}
