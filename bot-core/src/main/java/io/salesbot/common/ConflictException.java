package io.salesbot.common;

/** Someone else changed the same thing first; the caller should look again and retry. */
public class ConflictException extends SalesbotException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
