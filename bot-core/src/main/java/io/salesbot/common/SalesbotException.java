package io.salesbot.common;

import java.util.List;

/**
 * A failure a person can act on. It carries a message key and its arguments, never a finished
 * sentence, so every platform can word it in the reader's language.
 */
public abstract class SalesbotException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    protected SalesbotException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
