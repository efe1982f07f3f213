package io.salesbot.app.console;

import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.LineView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.DealCardField;
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
        fields.add(List.of(text("card.deal", reader), "#" + deal.number() + " " + deal.name()));
        for (DealCardField field : DealCardField.of(deal)) {
            String value = format(field.value(), reader);
            if (field.note() != null) {
                value += " (" + localizer.text(field.note(), reader) + ")";
            }
            fields.add(List.of(localizer.text(field.label(), reader), value));
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
