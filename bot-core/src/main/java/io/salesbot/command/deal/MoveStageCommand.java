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

/**
 * {@code /opp stage <deal> <stage> [note]}: moves a deal; history kept. The stage and the note are
 * one run of words ({@code in progress demo went well}) that the service splits against the
 * pipeline it loads for the move anyway.
 */
@Component
class MoveStageCommand implements Command {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).positional().required();
    static final Option<String> STAGE =
            Option.string("stage", OptionType.STAGE).rest().required();
    static final Option<Integer> VERSION = Option.number("version").hidden();

    static final CommandSpec SPEC = CommandSpec.of("opp", "stage", DEAL, STAGE, VERSION);

    private final OpportunityService deals;

    MoveStageCommand(OpportunityService deals) {
        this.deals = deals;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        DealView moved = deals.moveStageWithNote(
                context.actor(), arguments.get(DEAL), arguments.get(STAGE), arguments.get(VERSION));
        // Moved into a won or lost stage by name, the deal closes as /opp won and /opp lost close it.
        String headline = switch (moved.progress().stage().kind()) {
            case WON -> "reply.deal.won";
            case LOST -> "reply.deal.lost";
            case OPEN -> "reply.deal.moved";
        };
        return DealCards.card(
                DealCards.sayClosedOn(Message.of(headline, moved.number()), moved), moved, context.actor());
    }
}
