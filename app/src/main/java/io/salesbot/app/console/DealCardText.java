package io.salesbot.app.console;

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
import java.util.List;

/**
 * A deal card as text: the headline, every field of the deal, its line items, and its buttons as
 * the commands to type (a console has no buttons).
 */
final class DealCardText {

    private final Localizer localizer;

    DealCardText(Localizer localizer) {
        this.localizer = localizer;
    }

    String render(BotReply.DealCard card, ReplyLocale reader) {
        DealView deal = card.deal();
        StringBuilder out = new StringBuilder();
        if (card.headline() != null) {
            out.append(localizer.text(card.headline(), reader)).append('\n');
        }
        out.append(fields(deal, reader).render("  "));
        if (!deal.lines().isEmpty()) {
            out.append('\n').append(text("card.lines", reader)).append('\n');
            out.append(lines(deal, reader).render("  "));
        }
        if (!card.actions().isEmpty()) {
            out.append('\n').append(text("console.deal.actions", reader)).append('\n');
            TextTable actions = new TextTable(List.of());
            for (CardAction action : card.actions()) {
                actions.add(List.of(action.command(), localizer.text(action.label(), reader)));
            }
            out.append(actions.render("  "));
        }
        return out.toString();
    }

    private TextTable fields(DealView deal, ReplyLocale reader) {
        TextTable fields = new TextTable(List.of());
        field(fields, "card.deal", "#" + deal.number() + " " + deal.name(), reader);
        field(fields, "card.customer", deal.customer(), reader);
        field(fields, "card.stage", deal.stage(), reader);
        String amount = format(money(deal.estimatedRevenue(), deal), reader);
        if (!deal.amountExplicit() && !deal.lines().isEmpty()) {
            amount += " (" + text("card.amountFromLines", reader) + ")";
        }
        field(fields, "card.amount", amount, reader);
        String probability = format(Percent.of(deal.probability()), reader);
        if (!deal.probabilityExplicit()) {
            probability += " (" + text("card.probabilityFromStage", reader) + ")";
        }
        field(fields, "card.probability", probability, reader);
        field(fields, "card.expected", money(deal.expectedRevenue(), deal), reader);
        field(fields, "card.close", deal.closeDate(), reader);
        field(fields, "card.owner", deal.ownerName(), reader);
        field(fields, "card.type", new Code("type", deal.type()), reader);
        field(fields, "card.campaign", deal.campaign(), reader);
        field(fields, "card.source", deal.leadSource() == null ? null : new Code("source", deal.leadSource()), reader);
        field(fields, "card.lead", deal.leadNumber() == null ? null : "#" + deal.leadNumber(), reader);
        if (deal.lostReason() != null) {
            field(fields, "card.lostReason", deal.lostReason(), reader);
        }
        if (deal.description() != null && !deal.description().isBlank()) {
            field(fields, "card.description", deal.description(), reader);
        }
        return fields;
    }

    private TextTable lines(DealView deal, ReplyLocale reader) {
        TextTable lines = new TextTable(
                List.of(
                        "#",
                        text("console.line.product", reader),
                        text("console.line.quantity", reader),
                        text("console.line.unitPrice", reader),
                        text("console.line.discount", reader),
                        text("console.line.total", reader),
                        text("console.line.note", reader)),
                true,
                false,
                true,
                true,
                true,
                true,
                false);
        for (LineView line : deal.lines()) {
            String product = line.addOn() ? line.product() + " " + text("console.line.addOn", reader) : line.product();
            lines.add(List.of(
                    String.valueOf(line.number()),
                    product,
                    format(line.quantity(), reader),
                    format(money(line.unitPrice(), deal), reader),
                    format(line.discountPercent() == null ? null : new Percent(line.discountPercent()), reader),
                    format(money(line.total(), deal), reader),
                    line.description() == null ? "" : line.description()));
        }
        return lines;
    }

    private void field(TextTable fields, String labelKey, Object value, ReplyLocale reader) {
        fields.add(List.of(text(labelKey, reader), format(value, reader)));
    }

    private static Money money(java.math.BigDecimal amount, DealView deal) {
        return amount == null ? null : new Money(amount, deal.currency());
    }

    private String format(Object value, ReplyLocale reader) {
        return value instanceof String text && text.isBlank()
                ? localizer.format(null, reader)
                : localizer.format(value, reader);
    }

    private String text(String key, ReplyLocale reader) {
        return localizer.text(Message.of(key), reader);
    }
}
