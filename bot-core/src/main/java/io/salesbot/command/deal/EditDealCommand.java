package io.salesbot.command.deal;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.ForecastCategoryWords;
import io.salesbot.command.Keywords;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.opportunity.DealEdit;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** {@code /opp edit <deal> [amount:] [close:] ...}: changes fields; with only the deal, opens the form. */
@Component
class EditDealCommand implements Command {

    static final Option<String> DEAL =
            Option.string("deal", OptionType.DEAL).positional().required();
    static final Option<String> NAME = Option.text("name");
    static final Option<BigDecimal> AMOUNT = Option.amount("amount");
    static final Option<LocalDate> CLOSE = Option.date("close");
    static final Option<Integer> PROB = Option.probability("prob");
    static final Option<String> CATEGORY = ForecastCategoryWords.OPTION;
    static final Option<String> TYPE = Option.string("type", OptionType.TYPE);
    static final Option<String> CUSTOMER = Option.text("customer");
    static final Option<String> CAMPAIGN = Option.string("campaign", OptionType.CAMPAIGN);
    static final Option<String> SOURCE = Option.string("source", OptionType.SOURCE);
    static final Option<String> OWNER = Option.string("owner", OptionType.MEMBER);
    static final Option<String> DESCRIPTION = Option.text("description");
    static final Option<Integer> VERSION = Option.number("version").hidden();

    static final CommandSpec SPEC = CommandSpec.of(
                    "opp",
                    "edit",
                    DEAL,
                    NAME,
                    AMOUNT,
                    CLOSE,
                    PROB,
                    CATEGORY,
                    TYPE,
                    CUSTOMER,
                    CAMPAIGN,
                    SOURCE,
                    OWNER,
                    DESCRIPTION,
                    VERSION)
            .withForm();

    private final OpportunityService deals;
    private final DealForms forms;

    EditDealCommand(OpportunityService deals, DealForms forms) {
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
        if (arguments.onlyHas(DEAL, VERSION)) {
            return forms.editDeal(context, deals.show(context.actor(), deal));
        }
        boolean autoAmount = isAuto(arguments.text(AMOUNT));
        boolean autoProbability = isAuto(arguments.text(PROB));
        DealEdit edit = new DealEdit(
                new DealEdit.Details(arguments.get(NAME), arguments.get(CUSTOMER), arguments.get(DESCRIPTION)),
                new DealEdit.Forecast(
                        autoAmount ? null : arguments.get(AMOUNT),
                        autoAmount,
                        autoProbability ? null : arguments.get(PROB),
                        autoProbability,
                        arguments.get(CLOSE),
                        ForecastCategoryWords.category(arguments.get(CATEGORY)),
                        ForecastCategoryWords.isAuto(arguments.get(CATEGORY))),
                new DealEdit.Origin(
                        arguments.get(TYPE),
                        arguments.has(CAMPAIGN) ? clearable(arguments.get(CAMPAIGN)) : null,
                        arguments.has(SOURCE) ? clearable(arguments.get(SOURCE)) : null),
                arguments.get(OWNER),
                version);
        DealView updated = deals.edit(context.actor(), deal, edit);
        Message headline = Message.of("reply.deal.updated", updated.number());
        return DealCards.card(
                arguments.has(CLOSE) ? DealCards.warnIfPast(context, headline, updated) : headline,
                updated,
                context.actor());
    }

    /** {@code amount:auto} goes back to the line items, {@code prob:auto} to the stage default. */
    private static boolean isAuto(String value) {
        return Keywords.is(value, "auto");
    }

    /** {@code campaign:none} (or {@code -}) clears it. */
    private static String clearable(String value) {
        return Keywords.is(value, "none") || value.equals("-") ? "" : value;
    }
}
