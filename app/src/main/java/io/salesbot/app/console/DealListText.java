package io.salesbot.app.console;

import io.salesbot.opportunity.DealSummary;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.DealListRowFacts;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.util.ArrayList;
import java.util.List;

/** A page of deals as an aligned table, with the page count and the command for the next page. */
final class DealListText {

    private final Localizer localizer;

    DealListText(Localizer localizer) {
        this.localizer = localizer;
    }

    String render(BotReply.DealList list, ReplyLocale reader, int width) {
        StringBuilder out = new StringBuilder(localizer.text(list.title(), reader));
        out.append('\n').append(text("console.list.page", reader, list.page(), list.pageCount(), list.total()));
        if (list.deals().isEmpty()) {
            return out.append('\n').append(text("console.list.empty", reader)).toString();
        }
        List<String> headers = new ArrayList<>(List.of("#", text("card.name", reader)));
        DealListRowFacts.labels().forEach(label -> headers.add(localizer.text(label, reader)));
        List<List<Object>> rows = new ArrayList<>();
        for (DealSummary deal : list.deals()) {
            DealListRowFacts row = DealListRowFacts.of(deal);
            List<Object> cells = new ArrayList<>(List.of(row.number(), row.name()));
            row.facts().forEach(fact -> cells.add(fact.value()));
            rows.add(cells);
        }
        AlignedColumns table = new AlignedColumns(headers, TableText.rightAligned(rows, headers.size()));
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add("#" + row.get(0));
            row.subList(1, row.size()).forEach(value -> cells.add(localizer.format(value, reader)));
            table.add(cells);
        }
        out.append('\n').append(table.render("", width));
        if (list.more() != null && !list.more().isBlank()) {
            out.append('\n').append(text("console.list.more", reader, list.more()));
        }
        return out.toString();
    }

    private String text(String key, ReplyLocale reader, Object... args) {
        return localizer.text(Message.of(key, args), reader);
    }
}
