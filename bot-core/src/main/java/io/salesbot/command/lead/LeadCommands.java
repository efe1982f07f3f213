package io.salesbot.command.lead;

import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandHandler;
import io.salesbot.command.CommandInput;
import io.salesbot.lead.LeadService;
import io.salesbot.lead.LeadStatus;
import io.salesbot.lead.LeadView;
import io.salesbot.lead.NewLead;
import io.salesbot.opportunity.DealView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Code;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /lead new}, {@code list}, {@code convert} and {@code drop}. */
@Component
class LeadCommands implements CommandHandler {

    private final LeadService leads;

    LeadCommands(LeadService leads) {
        this.leads = leads;
    }

    @Override
    public Set<String> handles() {
        return Set.of("lead new", "lead list", "lead convert", "lead drop");
    }

    @Override
    public BotReply handle(CommandContext context, CommandInput input) {
        return switch (input.spec().sub()) {
            case "new" -> {
                LeadView lead = leads.create(
                        context.actor(),
                        new NewLead(
                                input.get("name"), input.get("company"), input.get("contact"), input.get("source")));
                yield new BotReply.Text(
                        Message.of("reply.lead.created", lead.number(), lead.name()), Visibility.PRIVATE);
            }
            case "list" -> list(context, input.get("status"));
            case "convert" -> {
                DealView deal = leads.convert(
                        context.actor(),
                        input.get("lead"),
                        context.values().amount(input, "amount"),
                        context.values().date(input, "close"));
                yield new BotReply.DealCard(
                        Message.of("reply.lead.converted", deal.leadNumber(), deal.number()),
                        deal,
                        List.of(),
                        Visibility.PRIVATE);
            }
            default -> {
                LeadView lead = leads.drop(context.actor(), input.get("lead"), input.get("reason"));
                yield new BotReply.Text(
                        Message.of("reply.lead.dropped", lead.number(), lead.name()), Visibility.PRIVATE);
            }
        };
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
