package io.salesbot.command.lead;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.lead.LeadService;
import io.salesbot.lead.LeadView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import org.springframework.stereotype.Component;

/** {@code /lead drop <lead> <reason>}. */
@Component
class DropLeadCommand implements Command {

    static final Option<String> LEAD =
            Option.string("lead", OptionType.LEAD).positional().required();
    static final Option<String> REASON = Option.text("reason").rest().required();

    static final CommandSpec SPEC = CommandSpec.of("lead", "drop", LEAD, REASON);

    private final LeadService leads;

    DropLeadCommand(LeadService leads) {
        this.leads = leads;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        LeadView lead = leads.drop(context.actor(), arguments.get(LEAD), arguments.get(REASON));
        return new BotReply.Text(Message.of("reply.lead.dropped", lead.number(), lead.name()), Visibility.PRIVATE);
    }
}
