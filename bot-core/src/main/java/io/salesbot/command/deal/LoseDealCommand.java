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

/** {@code /opp lost <deal> <reason>}: closes a deal as lost; without a reason, opens the form. */
@Component
class LoseDealCommand implements Command {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).positional().required();
    static final Option<String> REASON = Option.text("reason").rest().required();
    static final Option<Integer> VERSION = Option.number("version").hidden();

    static final CommandSpec SPEC =
            CommandSpec.of("opp", "lost", DEAL, REASON, VERSION).withForm();

    private final OpportunityService deals;
    private final DealForms forms;

    LoseDealCommand(OpportunityService deals, DealForms forms) {
        this.deals = deals;
        this.forms = forms;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String deal = arguments.get(DEAL);
        Integer version = arguments.get(VERSION);
        if (!arguments.has(REASON)) {
            return forms.loseDeal(deals.show(context.actor(), deal), arguments.text(VERSION));
        }
        DealView lost = deals.lose(context.actor(), deal, arguments.get(REASON), version);
        return DealCards.card(
                DealCards.sayClosedOn(Message.of("reply.deal.lost", lost.number()), lost), lost, context.actor());
    }
}
