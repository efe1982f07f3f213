package io.salesbot.opportunity;

import io.salesbot.common.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a person names a deal: {@code #42}, {@code OPP-42}, {@code 42}, or a unique part of its name. */
public sealed interface DealRef {

    Pattern NUMBER = Pattern.compile("^(?:#|opp-?)?\\s*(\\d{1,9})$", Pattern.CASE_INSENSITIVE);

    record ByNumber(int number) implements DealRef {}

    record ByName(String part) implements DealRef {}

    static DealRef parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("ref", "error.ref.missing");
        }
        Matcher number = NUMBER.matcher(trimmed);
        return number.matches() ? new ByNumber(Integer.parseInt(number.group(1))) : new ByName(trimmed);
    }
}
