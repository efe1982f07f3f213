package io.salesbot.common;

/** The thing referred to does not exist in the caller's workspace. */
public class NotFoundException extends SalesbotException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
