package io.salesbot.command;

/**
 * One choice a platform may offer while an option is being typed: {@code label} is what people
 * read, {@code value} what the option receives when it is picked (e.g. {@code #12 Ward ERP} and
 * {@code #12}).
 */
public record Suggestion(String label, String value) {}
