package io.salesbot.command;

import java.util.List;

/**
 * One option of a command. Positional options are filled from plain words in order ({@code rest}
 * takes all remaining words); the others are written {@code name:value}. A flag is a bare word.
 * The help text is the message {@code option.<name>}.
 */
public record OptionSpec(
        String name, OptionType type, boolean required, boolean positional, boolean rest, List<String> choices) {

    public static OptionSpec word(String name, OptionType type, boolean required) {
        return new OptionSpec(name, type, required, true, false, List.of());
    }

    public static OptionSpec rest(String name, OptionType type, boolean required) {
        return new OptionSpec(name, type, required, true, true, List.of());
    }

    public static OptionSpec named(String name, OptionType type) {
        return new OptionSpec(name, type, false, false, false, List.of());
    }

    public static OptionSpec flag(String name) {
        return new OptionSpec(name, OptionType.FLAG, false, false, false, List.of());
    }

    public static OptionSpec choice(String name, boolean positional, String... choices) {
        return new OptionSpec(name, OptionType.CHOICE, false, positional, false, List.of(choices));
    }

    public String helpKey() {
        return "option." + name;
    }
}
