package io.salesbot.app.console;

import io.salesbot.opportunity.DealSummary;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Percent;
import io.salesbot.reply.ReplyLocale;
import java.util.List;

/** A page of deals as an aligned table, with the page count and the command for the next page. */
final class DealListText {

    private final Localizer localizer;

    DealListText(Localizer localizer) {
        this.localizer = localizer;
    }

    String render(BotReply.DealList list, ReplyLocale reader) {
        StringBuilder out = new StringBuilder(localizer.text(list.title(), reader));
        out.append('\n').append(text("console.list.page", reader, list.page(), list.pageCount(), list.total()));
        if (list.deals().isEmpty()) {
            return out.append('\n').append(text("console.list.empty", reader)).toString();
        }
        TextTable table = new TextTable(
                List.of(
                        "#",
                        text("card.name", reader),
                        text("card.customer", reader),
                        text("card.stage", reader),
                        text("card.amount", reader),
                        text("card.probability", reader),
                        text("card.close", reader),
                        text("card.owner", reader)),
                true,
                false,
                false,
                false,
                true,
                true,
                false,
                false);
        for (DealSummary deal : list.deals()) {
            table.add(List.of(
                    "#" + deal.number(),
                    deal.name(),
                    format(deal.customer(), reader),
                    format(deal.stage(), reader),
                    format(deal.estimatedRevenue(), reader),
                    format(Percent.of(deal.probability()), reader),
                    format(deal.closeDate(), reader),
                    format(deal.ownerName(), reader)));
        }
        out.append('\n').append(table.render(""));
        if (list.more() != null && !list.more().isBlank()) {
            out.append('\n').append(text("console.list.more", reader, list.more()));
        }
        return out.toString();
    }

    private String format(Object value, ReplyLocale reader) {
        return value instanceof String text && text.isBlank()
                ? localizer.format(null, reader)
                : localizer.format(value, reader);
    }

    private String text(String key, ReplyLocale reader, Object... args) {
        return localizer.text(Message.of(key, args), reader);
    }
}
