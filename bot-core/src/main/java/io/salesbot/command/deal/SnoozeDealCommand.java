package io.salesbot.command.deal;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.common.InvalidInputException;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.FormField;
import io.salesbot.reply.Message;
import io.salesbot.values.Due;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code /opp snooze <deal> <when> <reason>}: the owner says they know a deal is idle and why
 * (waiting for the customer's budget), and until which day: no stale alert reaches them before
 * then, and their manager is told the reason instead of an escalation. Without a day or a reason,
 * a form asks for both (a stale alert's Snooze button).
 */
@Component
class SnoozeDealCommand implements Command {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).positional().required();
    static final Option<Due> WHEN = Option.due("when").positional().required();
    static final Option<String> REASON = Option.text("reason").rest().required();

    static final CommandSpec SPEC =
            CommandSpec.of("opp", "snooze", DEAL, WHEN, REASON).withForm();

    private final OpportunityService deals;

    SnoozeDealCommand(OpportunityService deals) {
        this.deals = deals;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        if (!arguments.has(DEAL)) {
            throw new InvalidInputException("deal", "error.option.missing", "deal", SPEC.usage());
        }
        if (!arguments.has(WHEN) || !arguments.has(REASON)) {
            return form(deals.show(context.actor(), arguments.get(DEAL)));
        }
        DealView deal = deals.snoozeAlerts(
                context.actor(), arguments.get(DEAL), arguments.get(WHEN).day(), arguments.get(REASON));
        return DealCards.card(
                Message.of(
                        "reply.deal.snoozed", deal.number(), arguments.get(WHEN).day(), arguments.get(REASON)),
                deal,
                context.actor());
    }

    private static BotReply.Form form(DealView deal) {
        return new BotReply.Form(
                "opp.snooze",
                Message.of("form.snoozeDeal.title", deal.number(), deal.name()),
                "/opp snooze",
                List.of(
                        new FormField(
                                "when", Message.of("field.snoozeUntil"), FormField.Type.DATE, true, null, List.of()),
                        new FormField(
                                "reason",
                                Message.of("field.snoozeReason"),
                                FormField.Type.LONG_TEXT,
                                true,
                                null,
                                List.of())),
                Map.of("deal", "#" + deal.number()));
    }
}
