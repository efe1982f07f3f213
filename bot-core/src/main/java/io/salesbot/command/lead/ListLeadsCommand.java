package io.salesbot.command.lead;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.lead.LeadService;
import io.salesbot.lead.LeadStatus;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Code;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@code /lead list [status]}: open leads unless asked for others. */
@Component
class ListLeadsCommand implements Command {

    static final Option<String> STATUS =
            Option.choice("status", "open", "converted", "dropped", "all").positional();

    static final CommandSpec SPEC = CommandSpec.of("lead", "list", STATUS);

    private final LeadService leads;

    ListLeadsCommand(LeadService leads) {
        this.leads = leads;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        return list(context, arguments.get(STATUS));
    }

    private BotReply list(CommandContext context, String status) {
        LeadStatus wanted = status == null
                ? LeadStatus.OPEN
                : status.equalsIgnoreCase("all") ? null : LeadStatus.valueOf(status.toUpperCase(Locale.ROOT));
        List<List<Object>> rows = leads.list(context.actor(), wanted).stream()
                .map(lead -> Arrays.<Object>asList(
                        "L-" + lead.number(),
                        lead.name(),
                        lead.company(),
                        lead.source() == null ? null : new Code("source", lead.source()),
                        Message.of("lead.status." + lead.status().name().toLowerCase(Locale.ROOT)),
                        lead.dealNumber() == null ? null : "#" + lead.dealNumber(),
                        lead.ownerName()))
                .toList();
        List<Message> footer = rows.isEmpty() ? List.of(Message.of("reply.lead.none")) : List.of();
        return new BotReply.Table(
                Message.of("reply.lead.title"),
                List.of(
                        Message.of("column.lead"),
                        Message.of("column.name"),
                        Message.of("column.company"),
                        Message.of("column.source"),
                        Message.of("column.status"),
                        Message.of("column.deal"),
                        Message.of("column.owner")),
                rows,
                footer,
                Visibility.PRIVATE);
    }
}
