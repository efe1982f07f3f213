package io.salesbot.values;

import io.salesbot.common.SalesbotException;

/**
 * A value the user typed cannot be read. By convention argument 0 is the raw text the user typed;
 * the message key says what was wrong and shows how to write it right.
 */
public class InvalidValueException extends SalesbotException {

    private static final long serialVersionUID = 1L;

    /**
     * @param messageKey key in the {@code messages_value} bundles, e.g. {@code error.date.invalid}
     * @param args MessageFormat arguments; {@code {0}} is the raw value by convention
     */
    public InvalidValueException(String messageKey, Object... args) {
        super(requireKey(messageKey), args);
    }

    private static String requireKey(String messageKey) {
        if (messageKey == null) {
            throw new NullPointerException("messageKey");
        }
        return messageKey;
    }
}
