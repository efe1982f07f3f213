package io.salesbot.command;

import io.salesbot.common.InvalidInputException;
import io.salesbot.reply.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command and the raw text of each option it was given, however it arrived: parsed from a line,
 * sent as Discord options, or submitted from a form; and the file its {@link CommandSpec#file()}
 * option holds, when the adapter fetched one ({@code upload}, else null). Handlers read it typed,
 * through {@link Arguments}.
 */
public record CommandInput(CommandSpec spec, Map<String, String> values, Upload upload) {

    public CommandInput(CommandSpec spec, Map<String, String> values) {
        this(spec, values, null);
    }

    /** Drops blank values, refuses options the command does not have and choices it does not offer. */
    public CommandInput {
        if (upload != null && spec.file().isEmpty()) {
            throw new IllegalArgumentException("/" + spec.name() + " takes no file");
        }
        Map<String, String> cleaned = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Option<?> option = spec.option(name)
                    .orElseThrow(
                            () -> new InvalidInputException(name, "error.option.unknown", name + ":", spec.usage()));
            if (value != null && !value.isBlank()) {
                cleaned.put(name, checkedChoice(option, value.strip()));
            }
        });
        values = java.util.Collections.unmodifiableMap(cleaned);
    }

    private static String checkedChoice(Option<?> option, String value) {
        if (option.type() != OptionType.CHOICE) {
            return value;
        }
        // A Thai word is taken as its English keyword, so handlers read one word for each choice.
        return Keywords.among(value, option.choices())
                .orElseThrow(() -> new InvalidInputException(
                                option.name(), "error.option.choice", value, option.name(), choiceWords(option))
                        .withNearest(io.salesbot.common.Nearest.to(value, option.choices())));
    }

    /** Each choice as the reader types it: the English keyword, or its Thai word for Thai readers. */
    private static List<Message> choiceWords(Option<?> option) {
        return option.choices().stream()
                .map(choice -> Message.of(
                        "option.choiceWord",
                        choice,
                        Keywords.thai(choice).isEmpty()
                                ? choice
                                : Keywords.thai(choice).get(0)))
                .toList();
    }

    public boolean has(String option) {
        return values.containsKey(option)
                || upload != null && spec.file().orElseThrow().name().equals(option);
    }

    /** The first required option that was not given, if any. */
    public java.util.Optional<Option<?>> missing() {
        return spec.options().stream()
                .filter(option -> option.isRequired() && !has(option.name()))
                .findFirst();
    }
}
