package io.salesbot.common;

/**
 * Rules for free text people type into a field (a name, a customer, a reason): required or
 * optional, trimmed, and no longer than its column in characters as the database counts them.
 */
public final class TextRules {

    private TextRules() {}

    /** Trims {@code value}; rejects it when blank or longer than {@code maxChars} code points. */
    public static String required(String field, String value, int maxChars) {
        String trimmed = optional(field, value, maxChars);
        if (trimmed == null) {
            throw new InvalidInputException(field, "error.field.required", field);
        }
        return trimmed;
    }

    /** Trims {@code value} to null when blank; rejects it when longer than {@code maxChars} code points. */
    public static String optional(String field, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        // utf8mb4 columns count code points, so an emoji is one character, as people count it.
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > maxChars) {
            throw new InvalidInputException(field, "error.field.tooLong", field, maxChars, length);
        }
        return trimmed;
    }
}
