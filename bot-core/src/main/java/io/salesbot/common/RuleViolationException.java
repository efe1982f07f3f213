package io.salesbot.common;

/** The change breaks a business rule in the current state (e.g. editing a closed deal). */
public class RuleViolationException extends SalesbotException {

    public RuleViolationException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
