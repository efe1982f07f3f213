package io.salesbot.app.console;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Money;
import io.salesbot.reply.Percent;
import io.salesbot.reply.ReplyLocale;
import java.util.List;

/** A table reply as aligned text: title, the table (numbers and amounts right-aligned), footer lines. */
final class TableText {

    private final Localizer localizer;

    TableText(Localizer localizer) {
        this.localizer = localizer;
    }

    String render(BotReply.Table reply, ReplyLocale reader, int width) {
        StringBuilder out = new StringBuilder(localizer.text(reply.title(), reader));
        AlignedColumns table = new AlignedColumns(
                reply.headers().stream().map(h -> localizer.text(h, reader)).toList(),
                rightAligned(reply.rows(), reply.headers().size()));
        reply.rows()
                .forEach(row -> table.add(
                        row.stream().map(cell -> localizer.format(cell, reader)).toList()));
        out.append('\n').append(table.render("", width));
        reply.footer().forEach(line -> out.append('\n').append(localizer.text(line, reader)));
        return out.toString();
    }

    /** A column is right-aligned when every filled cell in it is a number, an amount or a percentage. */
    static boolean[] rightAligned(List<List<Object>> rows, int headerCount) {
        int columns = headerCount;
        for (List<Object> row : rows) {
            columns = Math.max(columns, row.size());
        }
        boolean[] right = new boolean[columns];
        for (int column = 0; column < columns; column++) {
            boolean anyNumber = false;
            boolean allNumbers = true;
            for (List<Object> row : rows) {
                Object cell = column < row.size() ? row.get(column) : null;
                if (cell != null) {
                    anyNumber |= numeric(cell);
                    allNumbers &= numeric(cell);
                }
            }
            right[column] = anyNumber && allNumbers;
        }
        return right;
    }

    static boolean numeric(Object cell) {
        return cell instanceof Number || cell instanceof Money || cell instanceof Percent;
    }
}
