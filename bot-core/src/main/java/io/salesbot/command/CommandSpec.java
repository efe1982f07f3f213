package io.salesbot.command;

import java.util.List;
import java.util.Optional;

/**
 * One command of the language: its root ({@code opp}), its sub-command ({@code new}, or null for
 * roots without one such as {@code pipeline}) and its options in order. Help texts are the messages
 * {@code help.<root>.<sub>} (summary) and {@code help.<root>.<sub>.example}. {@code opensForm}
 * commands answer a form when required options are missing.
 */
public record CommandSpec(String root, String sub, List<OptionSpec> options, boolean opensForm) {

    /** A command that needs all its required options; without them it explains its usage. */
    public CommandSpec(String root, String sub, List<OptionSpec> options) {
        this(root, sub, options, false);
    }

    /** A command that answers with a form when given too little, instead of an error. */
    public static CommandSpec withForm(String root, String sub, List<OptionSpec> options) {
        return new CommandSpec(root, sub, options, true);
    }

    public String name() {
        return sub == null ? root : root + " " + sub;
    }

    public String helpKey() {
        return "help." + (sub == null ? root : root + "." + sub);
    }

    public Optional<OptionSpec> option(String name) {
        return options.stream().filter(option -> option.name().equals(name)).findFirst();
    }

    public List<OptionSpec> positional() {
        return options.stream().filter(OptionSpec::positional).toList();
    }

    /** {@code /opp stage <deal> <stage> [note] [version:]} as help shows it. */
    public String usage() {
        StringBuilder usage = new StringBuilder("/").append(name());
        for (OptionSpec option : options) {
            if (option.name().equals("version")) {
                continue;
            }
            String shape = option.positional()
                    ? "<" + option.name() + (option.rest() ? "…" : "") + ">"
                    : option.type() == OptionType.FLAG ? option.name() : option.name() + ":";
            usage.append(' ').append(option.required() ? shape : "[" + shape + "]");
        }
        return usage.toString();
    }
}
