package io.salesbot.common;

/** The caller's role does not allow the change. */
public class PermissionDeniedException extends SalesbotException {

    public PermissionDeniedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
