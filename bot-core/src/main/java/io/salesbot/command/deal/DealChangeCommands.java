package io.salesbot.command.deal;

import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandHandler;
import io.salesbot.command.CommandInput;
import io.salesbot.opportunity.DealEdit;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.NewLine;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /opp edit}, {@code stage}, {@code won}, {@code lost}, {@code reopen} and the line items. */
@Component
class DealChangeCommands implements CommandHandler {

    private final OpportunityService deals;
    private final DealForms forms;

    DealChangeCommands(OpportunityService deals, DealForms forms) {
        this.deals = deals;
        this.forms = forms;
    }

    @Override
    public Set<String> handles() {
        return Set.of(
                "opp edit", "opp stage", "opp won", "opp lost", "opp reopen", "opp product", "opp product-remove");
    }

    @Override
    public BotReply handle(CommandContext context, CommandInput input) {
        String deal = input.get("deal");
        Integer version = context.values().number(input, "version");
        return switch (input.spec().sub()) {
            case "edit" -> edit(context, input, deal, version);
            case "stage" -> stage(context, input, deal, version);
            case "won" -> card(context, "reply.deal.won", deals.win(context.actor(), deal, input.get("note"), version));
            case "lost" -> lose(context, input, deal, version);
            case "reopen" ->
                card(
                        context,
                        "reply.deal.reopened",
                        deals.reopen(context.actor(), deal, input.get("stage"), input.get("note")));
            case "product" -> addProduct(context, input, deal);
            default ->
                card(
                        context,
                        "reply.deal.lineRemoved",
                        deals.removeLine(context.actor(), deal, context.values().number(input, "line")));
        };
    }

    private BotReply edit(CommandContext context, CommandInput input, String deal, Integer version) {
        if (input.onlyHas("deal", "version")) {
            return forms.editDeal(context, deals.show(context.actor(), deal));
        }
        DealEdit edit = new DealEdit(
                input.get("name"),
                input.get("customer"),
                input.get("type"),
                isAuto(input.get("amount")) ? null : context.values().amount(input, "amount"),
                isAuto(input.get("amount")),
                isAuto(input.get("prob")) ? null : context.values().probability(input, "prob"),
                isAuto(input.get("prob")),
                context.values().date(input, "close"),
                input.has("campaign") ? clearable(input.get("campaign")) : null,
                input.has("source") ? clearable(input.get("source")) : null,
                input.get("owner"),
                input.get("description"),
                version);
        return card(context, "reply.deal.updated", deals.edit(context.actor(), deal, edit));
    }

    /** {@code amount:auto} goes back to the line items, {@code prob:auto} to the stage default. */
    private static boolean isAuto(String value) {
        return "auto".equalsIgnoreCase(value);
    }

    /** {@code campaign:none} (or {@code -}) clears it. */
    private static String clearable(String value) {
        return value.equalsIgnoreCase("none") || value.equals("-") ? "" : value;
    }

    private BotReply stage(CommandContext context, CommandInput input, String deal, Integer version) {
        // The service splits the stage from the note against the pipeline it loads for the move.
        DealView moved = deals.moveStageWithNote(context.actor(), deal, input.get("stage"), version);
        return card(context, "reply.deal.moved", moved);
    }

    private BotReply lose(CommandContext context, CommandInput input, String deal, Integer version) {
        if (!input.has("reason")) {
            return forms.loseDeal(deals.show(context.actor(), deal), input.get("version"));
        }
        return card(context, "reply.deal.lost", deals.lose(context.actor(), deal, input.get("reason"), version));
    }

    private BotReply addProduct(CommandContext context, CommandInput input, String deal) {
        if (!input.has("product")) {
            return forms.addProduct(context, deals.show(context.actor(), deal));
        }
        NewLine line = new NewLine(
                input.get("product"),
                context.values().quantity(input, "qty"),
                context.values().amount(input, "price"),
                context.values().percent(input, "discount"),
                input.has("addon") ? input.flag("addon") : null,
                input.get("note"));
        return card(context, "reply.deal.lineAdded", deals.addLine(context.actor(), deal, line));
    }

    private static BotReply card(CommandContext context, String headline, DealView deal) {
        return DealCards.card(Message.of(headline, deal.number()), deal, context.actor());
    }
}
