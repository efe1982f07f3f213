package io.salesbot.command.deal;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** {@code /opp new <name> [amount:] [close:] ...}: creates a deal; with no name, opens the form. */
@Component
class NewDealCommand implements Command {

    static final Option<String> NAME = Option.text("name").rest().required();
    static final Option<BigDecimal> AMOUNT = Option.amount("amount");
    static final Option<LocalDate> CLOSE = Option.date("close");
    static final Option<String> STAGE = Option.string("stage", OptionType.STAGE);
    static final Option<String> TYPE = Option.string("type", OptionType.TYPE);
    static final Option<Integer> PROB = Option.probability("prob");
    static final Option<String> CUSTOMER = Option.text("customer");
    static final Option<String> CAMPAIGN = Option.string("campaign", OptionType.CAMPAIGN);
    static final Option<String> SOURCE = Option.string("source", OptionType.SOURCE);
    static final Option<String> OWNER = Option.string("owner", OptionType.MEMBER);
    static final Option<String> DESCRIPTION = Option.text("description");

    static final CommandSpec SPEC = CommandSpec.of(
                    "opp",
                    "new",
                    NAME,
                    AMOUNT,
                    CLOSE,
                    STAGE,
                    TYPE,
                    PROB,
                    CUSTOMER,
                    CAMPAIGN,
                    SOURCE,
                    OWNER,
                    DESCRIPTION)
            .withForm();

    private final OpportunityService deals;
    private final DealForms forms;

    NewDealCommand(OpportunityService deals, DealForms forms) {
        this.deals = deals;
        this.forms = forms;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        if (!arguments.has(NAME)) {
            return forms.newDeal(context);
        }
        NewDeal deal = new NewDeal(
                arguments.get(NAME),
                arguments.get(CUSTOMER),
                arguments.get(AMOUNT),
                arguments.get(PROB),
                arguments.get(CLOSE),
                arguments.get(STAGE),
                arguments.get(TYPE),
                arguments.get(CAMPAIGN),
                arguments.get(SOURCE),
                arguments.get(OWNER),
                null,
                arguments.get(DESCRIPTION));
        DealView created = deals.create(context.actor(), deal);
        return DealCards.card(
                DealCards.warnIfPast(context, Message.of("reply.deal.created", created.number()), created),
                created,
                context.actor());
    }
}
