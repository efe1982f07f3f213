package io.salesbot.transfer;

import io.salesbot.reply.Message;
import java.nio.charset.StandardCharsets;

/**
 * How large a CSV import may be. Chat adapters check the size before downloading an upload, the
 * core again on the text it is given; both say so with {@link #tooLarge}. The core also counts
 * the rows ({@link #tooManyRows}): an import is one transaction, and {@link #MAX_ROWS} is what
 * BENCHMARKS.md shows it checks and writes in seconds.
 */
public final class ImportLimit {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Rows after the header; README.md ("Data in and out") says so too. */
    public static final int MAX_ROWS = 10_000;

    private ImportLimit() {}

    public static boolean exceededBy(long bytes) {
        return bytes > MAX_BYTES;
    }

    /** Measured in UTF-8 bytes, as the file was: Thai text is three bytes a character. */
    public static boolean exceededBy(String text) {
        // A string of more than MAX_BYTES chars is too large in any encoding; skip encoding it.
        return text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    public static boolean exceededByRows(int rows) {
        return rows > MAX_ROWS;
    }

    public static Message tooManyRows(int rows) {
        return Message.of("error.import.tooManyRows", (long) rows, (long) MAX_ROWS);
    }

    public static Message tooLarge(String file) {
        return Message.of("error.import.tooLarge", file, MAX_BYTES / 1024 / 1024);
    }
}
