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
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * {@code /opp reopen <deal> [stage:] [close:] [note]}: brings a closed deal back (managers; the
 * service checks), expected to close on the date it had before it closed unless {@code close:} says
 * otherwise.
 */
@Component
class ReopenDealCommand implements Command {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).positional().required();
    static final Option<String> STAGE = Option.string("stage", OptionType.STAGE);
    static final Option<LocalDate> CLOSE = Option.date("close");
    static final Option<String> NOTE = Option.text("note").rest();

    static final CommandSpec SPEC = CommandSpec.of("opp", "reopen", DEAL, STAGE, CLOSE, NOTE);

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
        DealView reopened = deals.reopen(
                context.actor(), arguments.get(DEAL), arguments.get(STAGE), arguments.get(CLOSE), arguments.get(NOTE));
        LocalDate close = reopened.progress().closeDate();
        Message headline = close == null
                ? Message.of("reply.deal.reopened", reopened.number())
                : Message.of("reply.deal.reopened.closeDate", reopened.number(), close);
        return DealCards.card(DealCards.warnIfPast(context, headline, reopened), reopened, context.actor());
    }
}
