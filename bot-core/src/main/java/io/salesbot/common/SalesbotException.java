package io.salesbot.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A failure a person can act on. It carries a message key and its arguments, never a finished
 * sentence, so every platform can word it in the reader's language.
 */
public abstract class SalesbotException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;
    private transient List<String> nearest = List.of();

    protected SalesbotException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        // Arrays.asList, not List.of: an argument may be null (an empty field, say).
        this.args = Collections.unmodifiableList(Arrays.asList(args == null ? new Object[0] : args.clone()));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    /** What the person probably meant ("did you mean"), as they would type it, best first. */
    public List<String> nearest() {
        return nearest;
    }

    /** This failure with what the person probably meant, for the reply to offer. */
    public SalesbotException withNearest(List<String> meant) {
        this.nearest = List.copyOf(meant);
        return this;
    }
}
