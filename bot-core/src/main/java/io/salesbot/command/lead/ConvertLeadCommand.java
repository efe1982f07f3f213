package io.salesbot.command.lead;

import io.salesbot.command.Arguments;
import io.salesbot.command.CloseDateNotice;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.lead.LeadService;
import io.salesbot.opportunity.DealView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code /lead convert <lead> [amount:] [close:]}: the deal remembers its lead and source. */
@Component
class ConvertLeadCommand implements Command {

    static final Option<String> LEAD =
            Option.string("lead", OptionType.LEAD).rest().required();
    static final Option<BigDecimal> AMOUNT = Option.amount("amount");
    static final Option<LocalDate> CLOSE = Option.date("close");

    static final CommandSpec SPEC = CommandSpec.of("lead", "convert", LEAD, AMOUNT, CLOSE);

    private final LeadService leads;

    ConvertLeadCommand(LeadService leads) {
        this.leads = leads;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        DealView deal =
                leads.convert(context.actor(), arguments.get(LEAD), arguments.get(AMOUNT), arguments.get(CLOSE));
        return new BotReply.DealCard(
                CloseDateNotice.warnIfPast(
                        context,
                        Message.of("reply.lead.converted", deal.origin().leadNumber(), deal.number()),
                        deal),
                deal,
                List.of(),
                Visibility.PRIVATE,
                deal.progress().moves());
    }
}
