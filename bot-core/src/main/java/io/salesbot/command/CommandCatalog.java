package io.salesbot.command;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every command of the language, built from the {@link Command} beans: the one list that the text
 * parser, {@code /opp help}, the Discord registration, the Slack slash commands and the forms read.
 * A command is declared where it is handled, so nothing here is declared twice; the catalogue only
 * orders the commands and refuses declarations that could not work together.
 */
@Component
public class CommandCatalog {

    /**
     * The order roots are listed in (help, Discord), as people meet them; a root not named here
     * comes after them. Within a root, sub-commands are listed alphabetically, so a new one needs
     * no place of its own.
     */
    static final List<String> ROOT_ORDER = List.of("opp", "lead", "pipeline", "forecast", "campaign", "salesbot");

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public CommandCatalog(List<Command> commands) {
        commands.stream()
                .sorted(Comparator.comparingInt(CommandCatalog::rank)
                        .thenComparing(command -> command.spec().root())
                        .thenComparing(command -> String.valueOf(command.spec().sub())))
                .forEach(this::add);
        checkRoots();
    }

    private static int rank(Command command) {
        int root = ROOT_ORDER.indexOf(command.spec().root());
        return root < 0 ? ROOT_ORDER.size() : root;
    }

    private void add(Command command) {
        CommandSpec spec = command.spec();
        Command twice = commands.putIfAbsent(spec.name(), command);
        if (twice != null) {
            throw new IllegalStateException("/" + spec.name() + " is declared by both "
                    + twice.getClass().getSimpleName() + " and "
                    + command.getClass().getSimpleName());
        }
        Set<String> names = new HashSet<>();
        boolean restTaken = false;
        for (Option<?> option : spec.options()) {
            if (!names.add(option.name())) {
                throw new IllegalStateException("/" + spec.name() + " declares " + option.name() + " twice");
            }
            if (option.isPositional() && restTaken) {
                throw new IllegalStateException("/" + spec.name() + ": nothing positional can follow a rest option");
            }
            restTaken |= option.isRest();
        }
    }

    private void checkRoots() {
        for (String root : roots()) {
            List<CommandSpec> family = of(root);
            // A root may have sub-commands beside a command of its own (/forecast, /forecast changes),
            // which is then also written /<root> view; no sub-command of such a root may take that name.
            if (family.stream().anyMatch(spec -> spec.sub() == null)
                    && family.stream().anyMatch(spec -> CommandSpec.OWN.equals(spec.sub()))) {
                throw new IllegalStateException("/" + root + " " + CommandSpec.OWN + " names the root's own command");
            }
        }
    }

    public List<CommandSpec> all() {
        return commands.values().stream().map(Command::spec).toList();
    }

    /** The roots in order: {@code opp}, {@code lead}, {@code pipeline}, ... */
    public Set<String> roots() {
        Set<String> roots = new LinkedHashSet<>();
        all().forEach(spec -> roots.add(spec.root()));
        return roots;
    }

    public List<CommandSpec> of(String root) {
        return all().stream().filter(spec -> spec.root().equals(root)).toList();
    }

    public Optional<CommandSpec> find(String root, String sub) {
        List<CommandSpec> family = of(root);
        return family.stream()
                .filter(spec -> spec.sub() != null && spec.sub().equals(sub))
                .findFirst()
                .or(() -> family.stream().filter(spec -> spec.sub() == null).findFirst());
    }

    /** Whether the root has a command of its own (besides any sub-commands). */
    public boolean hasOwnCommand(String root) {
        return of(root).stream().anyMatch(spec -> spec.sub() == null);
    }

    /** The command written {@code /opp stage} or {@code opp stage}. */
    public Optional<CommandSpec> find(String command) {
        String[] parts = command.strip().replaceFirst("^/", "").split("\\s+", 2);
        return find(parts[0], parts.length > 1 ? parts[1] : null);
    }

    public boolean hasSubcommands(String root) {
        return of(root).stream().anyMatch(spec -> spec.sub() != null);
    }

    /** The command that declared {@code spec}. */
    Command command(CommandSpec spec) {
        Command command = commands.get(spec.name());
        if (command == null || command.spec() != spec) {
            throw new IllegalArgumentException("/" + spec.name() + " is not a command of this catalogue");
        }
        return command;
    }
}
