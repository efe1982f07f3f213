package io.salesbot.command.deal;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.opportunity.NewLine;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** {@code /opp product <deal> <product> [qty:] [price:] [discount:] [addon] [note:]}; without a product, the form. */
@Component
class AddProductCommand implements Command {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).positional().required();
    static final Option<String> PRODUCT =
            Option.string("product", OptionType.PRODUCT).rest().required();
    static final Option<BigDecimal> QTY = Option.quantity("qty");
    static final Option<BigDecimal> PRICE = Option.amount("price");
    static final Option<BigDecimal> DISCOUNT = Option.percent("discount");
    static final Option<Boolean> ADDON = Option.flag("addon");
    static final Option<String> NOTE = Option.text("note");

    static final CommandSpec SPEC = CommandSpec.of("opp", "product", DEAL, PRODUCT, QTY, PRICE, DISCOUNT, ADDON, NOTE)
            .withForm();

    private final OpportunityService deals;
    private final DealForms forms;

    AddProductCommand(OpportunityService deals, DealForms forms) {
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
        if (!arguments.has(PRODUCT)) {
            return forms.addProduct(context, deals.show(context.actor(), deal));
        }
        NewLine line = new NewLine(
                arguments.get(PRODUCT),
                arguments.get(QTY),
                arguments.get(PRICE),
                arguments.get(DISCOUNT),
                arguments.get(ADDON),
                arguments.get(NOTE));
        return DealCards.reply(context, "reply.deal.lineAdded", deals.addLine(context.actor(), deal, line));
    }
}
