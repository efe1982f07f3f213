package io.salesbot.transfer;

import io.salesbot.reply.Message;
import java.util.List;

/**
 * What an import found: how many rows it read, every problem by row (as the spreadsheet numbers
 * them: the header is row 1), the columns it did not use, and whether it wrote anything.
 */
public record ImportReport(int rows, List<Problem> problems, List<String> ignoredColumns, boolean imported) {

    /** One bad row: its number and what is wrong with it. */
    public record Problem(long row, Message message) {}
}
