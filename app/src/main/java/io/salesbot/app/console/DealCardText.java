package io.salesbot.app.console;

import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.LineView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.DealCardField;
import io.salesbot.reply.LineItemFacts;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.util.ArrayList;
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
            AlignedColumns actions = new AlignedColumns(List.of());
            String category = null;
            for (CardAction action : card.actions()) {
                if (action.kind() == CardAction.Kind.CATEGORY) {
                    // The category menu is one line here: the command with its choices.
                    category = action.command()
                            .replaceFirst(" version:\\d+$", "")
                            .replaceFirst("category:\\S+", "category:commit|best-case|pipeline|omitted|auto");
                    continue;
                }
                actions.add(List.of(action.command(), localizer.text(action.label(), reader)));
            }
            if (category != null) {
                actions.add(List.of(category, text("action.category", reader)));
            }
            out.append(actions.render("  "));
        }
        return out.toString();
    }

    /** A closed deal's news: the headline, the owner by name (a console has no mentions), the facts, the command to open it. */
    String render(BotReply.DealClosed closed, ReplyLocale reader) {
        AlignedColumns fields = new AlignedColumns(List.of());
        fields.add(List.of(
                text("card.owner", reader),
                closed.owner().name() == null ? "–" : closed.owner().name()));
        for (DealCardField field : closed.facts()) {
            fields.add(List.of(localizer.text(field.label(), reader), localizer.format(field.value(), reader)));
        }
        AlignedColumns open = new AlignedColumns(List.of());
        open.add(List.of(closed.open().command(), localizer.text(closed.open().label(), reader)));
        return localizer.text(closed.headline(), reader)
                + '\n'
                + fields.render("  ")
                + '\n'
                + text("console.deal.actions", reader)
                + '\n'
                + open.render("  ");
    }

    private AlignedColumns fields(DealView deal, ReplyLocale reader) {
        AlignedColumns fields = new AlignedColumns(List.of());
        fields.add(List.of(text("card.deal", reader), "#" + deal.number() + " " + deal.name()));
        for (DealCardField field : DealCardField.of(deal)) {
            String value = localizer.format(field.value(), reader);
            if (field.note() != null) {
                value += " (" + localizer.text(field.note(), reader) + ")";
            }
            fields.add(List.of(localizer.text(field.label(), reader), value));
        }
        return fields;
    }

    private AlignedColumns lines(DealView deal, ReplyLocale reader) {
        List<String> headers = new ArrayList<>(List.of("#", localizer.text(LineItemFacts.productLabel(), reader)));
        LineItemFacts.labels().forEach(label -> headers.add(localizer.text(label, reader)));
        List<List<Object>> rows = new ArrayList<>();
        for (LineView line : deal.lines()) {
            LineItemFacts item = LineItemFacts.of(line, deal.revenue().currency());
            List<Object> row = new ArrayList<>(List.of(item.number(), item.product()));
            item.facts().forEach(fact -> row.add(fact.value()));
            rows.add(row);
        }
        AlignedColumns lines = new AlignedColumns(headers, TableText.rightAligned(rows, headers.size()));
        rows.forEach(row -> lines.add(
                row.stream().map(value -> localizer.format(value, reader)).toList()));
        return lines;
    }

    private String text(String key, ReplyLocale reader) {
        return localizer.text(Message.of(key), reader);
    }
}
