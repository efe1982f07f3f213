package io.salesbot.command.deal;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Keywords;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.NextStep;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * {@code /opp next <deal> <text> [due:]}: what is to be done next on an open deal, and by when.
 * {@code none} clears it. A day already past is accepted (people write things down late) but
 * said, since the deal shows as having an overdue next step from that moment.
 */
@Component
class NextStepCommand implements Command {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).positional().required();
    static final Option<String> TEXT = Option.text("text").rest().required();
    static final Option<LocalDate> DUE = Option.date("due");

    static final CommandSpec SPEC = CommandSpec.of("opp", "next", DEAL, TEXT, DUE);

    private final OpportunityService deals;

    NextStepCommand(OpportunityService deals) {
        this.deals = deals;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String text = arguments.get(TEXT);
        boolean clearing = Keywords.is(text, "none");
        DealView deal = deals.planNextStep(
                context.actor(), arguments.get(DEAL), clearing ? null : text, clearing ? null : arguments.get(DUE));
        NextStep next = deal.nextStep();
        Message headline = next == null
                ? Message.of("reply.nextStep.cleared", deal.number())
                : Message.of("reply.nextStep.set", deal.number());
        if (next != null && next.overdue()) {
            headline = Message.of("reply.deal.withNotice", headline, Message.of("reply.nextStep.duePast", next.due()));
        }
        return DealCards.card(headline, deal, context.actor());
    }
}
