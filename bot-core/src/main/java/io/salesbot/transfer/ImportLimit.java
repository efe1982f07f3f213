package io.salesbot.transfer;

import io.salesbot.reply.Message;
import java.nio.charset.StandardCharsets;

/**
 * How large a CSV import may be. Chat adapters check it before downloading an upload, the core
 * again on the text it is given; both say so with {@link #tooLarge}.
 */
public final class ImportLimit {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private ImportLimit() {}

    public static boolean exceededBy(long bytes) {
        return bytes > MAX_BYTES;
    }

    /** Measured in UTF-8 bytes, as the file was: Thai text is three bytes a character. */
    public static boolean exceededBy(String text) {
        // A string of more than MAX_BYTES chars is too large in any encoding; skip encoding it.
        return text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    public static Message tooLarge(String file) {
        return Message.of("error.import.tooLarge", file, MAX_BYTES / 1024 / 1024);
    }
}
