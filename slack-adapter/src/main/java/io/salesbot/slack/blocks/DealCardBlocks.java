package io.salesbot.slack.blocks;

import static io.salesbot.slack.blocks.Mrkdwn.escape;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.LineView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.Code;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Percent;
import io.salesbot.reply.ReplyLocale;
import java.util.ArrayList;
import java.util.List;

/**
 * A deal card: the headline, the fields two by two, the products, and the buttons. Each button's
 * value is the command line it runs, so pressing it needs no state of ours.
 */
final class DealCardBlocks {

    /** Slack shows at most ten fields in one section. */
    private static final int FIELDS_PER_SECTION = 10;

    private final Localizer localizer;

    DealCardBlocks(Localizer localizer) {
        this.localizer = localizer;
    }

    List<LayoutBlock> blocks(BotReply.DealCard card, ReplyLocale reader, boolean interactive) {
        DealView deal = card.deal();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Mrkdwn.section("*" + escape(localizer.text(card.headline(), reader)) + "*"));
        String title = label("card.deal", reader) + " #" + deal.number() + " · " + escape(deal.name());
        List<TextObject> fields = fields(deal, reader);
        for (int from = 0; from < fields.size(); from += FIELDS_PER_SECTION) {
            SectionBlock.SectionBlockBuilder section = SectionBlock.builder()
                    .fields(fields.subList(from, Math.min(fields.size(), from + FIELDS_PER_SECTION)));
            blocks.add((from == 0 ? section.text(Mrkdwn.markdown(title)) : section).build());
        }
        if (deal.description() != null && !deal.description().isBlank()) {
            blocks.addAll(
                    Mrkdwn.sections("*" + label("card.description", reader) + "*\n" + escape(deal.description())));
        }
        if (!deal.lines().isEmpty()) {
            blocks.addAll(Mrkdwn.sections(lines(deal, reader)));
        }
        if (interactive && !card.actions().isEmpty()) {
            blocks.add(buttons(card.actions(), reader));
        }
        return blocks;
    }

    private List<TextObject> fields(DealView deal, ReplyLocale reader) {
        List<TextObject> fields = new ArrayList<>();
        field(fields, "card.customer", deal.customer(), reader);
        field(fields, "card.stage", deal.stage(), reader);
        String amount = localizer.format(new Money(deal.estimatedRevenue(), deal.currency()), reader);
        if (!deal.amountExplicit() && !deal.lines().isEmpty()) {
            amount += " (" + label("card.amountFromLines", reader) + ")";
        }
        field(fields, "card.amount", amount, reader);
        String probability = localizer.format(Percent.of(deal.probability()), reader);
        if (!deal.probabilityExplicit()) {
            probability += " (" + label("card.probabilityFromStage", reader) + ")";
        }
        field(fields, "card.probability", probability, reader);
        field(fields, "card.expected", new Money(deal.expectedRevenue(), deal.currency()), reader);
        field(fields, "card.close", deal.closeDate(), reader);
        field(fields, "card.owner", deal.ownerName(), reader);
        field(fields, "card.type", deal.type() == null ? null : new Code("type", deal.type()), reader);
        field(fields, "card.campaign", deal.campaign(), reader);
        field(fields, "card.source", deal.leadSource() == null ? null : new Code("source", deal.leadSource()), reader);
        field(fields, "card.lead", deal.leadNumber() == null ? null : "#" + deal.leadNumber(), reader);
        field(fields, "card.lostReason", deal.lostReason(), reader);
        return fields;
    }

    private void field(List<TextObject> fields, String key, Object value, ReplyLocale reader) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return;
        }
        String shown = Mrkdwn.cut(escape(localizer.format(value, reader)), 1900);
        fields.add(Mrkdwn.markdown("*" + label(key, reader) + "*\n" + shown));
    }

    private String lines(DealView deal, ReplyLocale reader) {
        StringBuilder text =
                new StringBuilder("*").append(label("card.lines", reader)).append("*");
        for (LineView line : deal.lines()) {
            text.append("\n").append(line.number()).append(". ").append(escape(line.product()));
            text.append(" × ").append(localizer.number(line.quantity(), reader));
            text.append(" @ ").append(localizer.format(new Money(line.unitPrice(), deal.currency()), reader));
            if (line.discountPercent() != null && line.discountPercent().signum() > 0) {
                text.append(" −").append(localizer.format(new Percent(line.discountPercent()), reader));
            }
            text.append(" = ").append(localizer.format(new Money(line.total(), deal.currency()), reader));
            if (line.addOn()) {
                text.append(" (").append(label("slack.card.addon", reader)).append(")");
            }
            if (line.description() != null && !line.description().isBlank()) {
                text.append(" — _").append(escape(line.description())).append("_");
            }
        }
        return text.toString();
    }

    private LayoutBlock buttons(List<CardAction> actions, ReplyLocale reader) {
        List<BlockElement> buttons = new ArrayList<>();
        for (CardAction action : actions) {
            ButtonElement.ButtonElementBuilder button = ButtonElement.builder()
                    .actionId(BlockKit.ACTION_PREFIX + action.kind().name().toLowerCase())
                    .text(Mrkdwn.plain(localizer.text(action.label(), reader), 75))
                    .value(Mrkdwn.cut(action.command(), 2000));
            switch (action.kind()) {
                case WON -> button.style("primary");
                case LOST -> button.style("danger");
                default -> {}
            }
            buttons.add(button.build());
        }
        return ActionsBlock.builder().elements(buttons).build();
    }

    private String label(String key, ReplyLocale reader) {
        return escape(localizer.text(Message.of(key), reader));
    }
}
