package io.salesbot.command;

import io.salesbot.workspace.Role;
import java.util.List;
import java.util.Optional;

/**
 * The declaration of one command, kept beside its handler ({@link Command#spec()}): its root
 * ({@code opp}), its sub-command ({@code new}, or null for roots without one such as {@code
 * pipeline}), its options in order, and how platforms treat it. Help texts are the messages {@code
 * help.<root>.<sub>} (summary) and {@code help.<root>.<sub>.example}.
 *
 * @param opensForm answers a form when required options are missing, instead of an error
 * @param requiredRole the least role that may run it, checked before the handler runs and before an
 *     adapter fetches anything for it (an uploaded file); services still check their own rules
 * @param slow may take longer than a platform waits for a first answer (reports): platforms that
 *     must answer within seconds acknowledge it first and answer when it is ready
 */
public record CommandSpec(
        String root, String sub, List<Option<?>> options, boolean opensForm, Role requiredRole, boolean slow) {

    /**
     * What a root's own command is called where it has sub-commands beside it (Discord lists a
     * root's commands as sub-commands only): {@code /forecast view quarter} is {@code /forecast quarter}.
     */
    public static final String OWN = "view";

    public CommandSpec {
        options = List.copyOf(options);
    }

    /** The name of its sub-command, {@link #OWN} for a root's own command. */
    public String subOrOwn() {
        return sub == null ? OWN : sub;
    }

    /** {@code /root sub} with these options, for everyone, answered at once. */
    public static CommandSpec of(String root, String sub, Option<?>... options) {
        return new CommandSpec(root, sub, List.of(options), false, Role.REP, false);
    }

    /** A root without sub-commands, such as {@code /pipeline}. */
    public static CommandSpec root(String root, Option<?>... options) {
        return of(root, null, options);
    }

    /** Answers with a form when given too little, instead of an error. */
    public CommandSpec withForm() {
        return new CommandSpec(root, sub, options, true, requiredRole, slow);
    }

    public CommandSpec requiring(Role role) {
        return new CommandSpec(root, sub, options, opensForm, role, slow);
    }

    public CommandSpec answeredLater() {
        return new CommandSpec(root, sub, options, opensForm, requiredRole, true);
    }

    public String name() {
        return sub == null ? root : root + " " + sub;
    }

    public String helpKey() {
        return "help." + (sub == null ? root : root + "." + sub);
    }

    public Optional<Option<?>> option(String name) {
        return options.stream().filter(option -> option.name().equals(name)).findFirst();
    }

    public List<Option<?>> positional() {
        return options.stream().filter(Option::isPositional).toList();
    }

    /** The options people type (hidden ones are for buttons and forms). */
    public List<Option<?>> visible() {
        return options.stream().filter(option -> !option.isHidden()).toList();
    }

    /** The option holding a file, if the command takes one. */
    public Optional<Option<?>> file() {
        return options.stream()
                .filter(option -> option.type() == OptionType.FILE)
                .findFirst();
    }

    /** {@code /opp stage <deal> <stage…>} as help shows it. */
    public String usage() {
        StringBuilder usage = new StringBuilder("/").append(name());
        for (Option<?> option : visible()) {
            String shape = option.isPositional()
                    ? "<" + option.name() + (option.isRest() ? "…" : "") + ">"
                    : option.type() == OptionType.FLAG ? option.name() : option.name() + ":";
            usage.append(' ').append(option.isRequired() ? shape : "[" + shape + "]");
        }
        return usage.toString();
    }
}
