package io.salesbot.command;

import io.salesbot.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A command and the raw text of each option it was given, however it arrived: parsed from a line,
 * sent as Discord options, or submitted from a form. Values are read by {@link Values}.
 */
public record CommandInput(CommandSpec spec, Map<String, String> values) {

    /** Drops blank values, refuses options the command does not have and choices it does not offer. */
    public CommandInput {
        Map<String, String> cleaned = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            OptionSpec option = spec.option(name)
                    .orElseThrow(
                            () -> new InvalidInputException(name, "error.option.unknown", name + ":", spec.usage()));
            if (value != null && !value.isBlank()) {
                cleaned.put(name, checkedChoice(option, value.strip()));
            }
        });
        values = Map.copyOf(cleaned);
    }

    private static String checkedChoice(OptionSpec option, String value) {
        if (option.type() != OptionType.CHOICE) {
            return value;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!option.choices().contains(lower)) {
            throw new InvalidInputException(
                    option.name(), "error.option.choice", value, option.name(), String.join(", ", option.choices()));
        }
        return lower;
    }

    public String get(String option) {
        return values.get(option);
    }

    public boolean has(String option) {
        return values.containsKey(option);
    }

    /** True for a flag given as a bare word, or as {@code addon:true}/{@code addon:yes} from a form. */
    public boolean flag(String option) {
        String value = values.get(option);
        return value != null && !value.equalsIgnoreCase("false") && !value.equalsIgnoreCase("no") && !value.equals("0");
    }

    /** Whether nothing but the given options was provided (e.g. only the deal: open the form). */
    public boolean onlyHas(String... options) {
        return values.keySet().stream()
                .allMatch(name -> java.util.Arrays.asList(options).contains(name));
    }
}
