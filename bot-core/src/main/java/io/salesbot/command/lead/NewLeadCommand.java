package io.salesbot.command.lead;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.lead.LeadService;
import io.salesbot.lead.LeadView;
import io.salesbot.lead.NewLead;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import org.springframework.stereotype.Component;

/** {@code /lead new <name> [company:] [source:] [contact:]}. */
@Component
class NewLeadCommand implements Command {

    static final Option<String> NAME = Option.text("name").rest().required();
    static final Option<String> COMPANY = Option.text("company");
    static final Option<String> SOURCE = Option.string("source", OptionType.SOURCE);
    static final Option<String> CONTACT = Option.text("contact");

    static final CommandSpec SPEC = CommandSpec.of("lead", "new", NAME, COMPANY, SOURCE, CONTACT);

    private final LeadService leads;

    NewLeadCommand(LeadService leads) {
        this.leads = leads;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        LeadView lead = leads.create(
                context.actor(),
                new NewLead(
                        arguments.get(NAME), arguments.get(COMPANY), arguments.get(CONTACT), arguments.get(SOURCE)));
        return new BotReply.Text(Message.of("reply.lead.created", lead.number(), lead.name()), Visibility.PRIVATE);
    }
}
