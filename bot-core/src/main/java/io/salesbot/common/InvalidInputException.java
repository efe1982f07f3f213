package io.salesbot.common;

/** A value the person gave is wrong; {@link #field()} names the form field to show it on. */
public class InvalidInputException extends SalesbotException {

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
