package io.salesbot.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
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
    /** The name under which a platform lists a root's own command among its sub-commands. */
    public static final String OWN = "show";

    static final List<String> ROOT_ORDER =
            List.of("opp", "lead", "task", "pipeline", "forecast", "campaign", "salesbot");

    private final Map<String, Command> commands = new LinkedHashMap<>();

    // Every command line looks its command up here; a spec is a constant, so it is read from the
    // (possibly proxied) command bean once, and a root's specs are not filtered out of all of them.
    private final List<CommandSpec> specs = new ArrayList<>();
    private final Map<String, List<CommandSpec>> specsByRoot = new HashMap<>();

    /** The Thai name of each sub-command, by {@link CommandSpec#name()}. */
    private final Map<String, String> thaiNames = new LinkedHashMap<>();
    // OWN's Thai name (ดู), as Discord's Thai client shows a root's own command
    private String thaiOwn = OWN;

    public CommandCatalog(List<Command> commands) {
        commands.stream()
                .sorted(Comparator.comparingInt(CommandCatalog::rank)
                        .thenComparing(command -> command.spec().root())
                        .thenComparing(command -> String.valueOf(command.spec().sub())))
                .forEach(this::add);
        checkRoots();
        nameInThai();
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
        specs.add(spec);
        specsByRoot.computeIfAbsent(spec.root(), root -> new ArrayList<>()).add(spec);
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

    /**
     * A root may have a command of its own beside sub-commands ({@code /forecast [period]} and
     * {@code /forecast submit}): a first word naming a sub-command is that sub-command, anything
     * else belongs to the root's own. Platforms that cannot give a root both (Discord) register the
     * root's own command as the sub-command {@link #OWN}, which must then name no other.
     */
    private void checkRoots() {
        for (String root : roots()) {
            if (own(root).isPresent() && of(root).stream().anyMatch(spec -> OWN.equals(spec.sub()))) {
                throw new IllegalStateException("/" + root + " " + OWN + " would name its own command twice");
            }
        }
    }

    /**
     * Reads each sub-command's Thai name from the Thai bundle ({@link CommandSpec#nameKey()}), the
     * very text Discord shows, so a name typed on a line is the name Discord's Thai client offers.
     * A sub-command without one, or two of a root under one name, could not be typed in Thai.
     */
    private void nameInThai() {
        // Read here rather than through the Localizer: the parser runs without Spring in tests too.
        ResourceBundle thai = ResourceBundle.getBundle(
                "messages",
                Locale.forLanguageTag("th"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (CommandSpec spec : all()) {
            if (spec.sub() == null) {
                continue;
            }
            if (!thai.containsKey(spec.nameKey())) {
                throw new IllegalStateException(
                        "/" + spec.name() + " has no Thai name: add " + spec.nameKey() + " to messages_th.properties");
            }
            String name = thai.getString(spec.nameKey()).strip().toLowerCase(Locale.ROOT);
            for (CommandSpec other : of(spec.root())) {
                if (name.equals(other.sub()) || name.equals(thaiNames.get(other.name()))) {
                    throw new IllegalStateException(
                            "/" + spec.name() + " and /" + other.name() + " are both called " + name);
                }
            }
            thaiNames.put(spec.name(), name);
        }
        if (thai.containsKey("name.own")) {
            thaiOwn = thai.getString("name.own").strip().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether {@code word} names a root's own command among its sub-commands: {@code show} or its Thai name. */
    public boolean isOwn(String word) {
        String typed = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return OWN.equals(typed) || thaiOwn.equals(typed);
    }

    public List<CommandSpec> all() {
        return Collections.unmodifiableList(specs);
    }

    /** The roots in order: {@code opp}, {@code lead}, {@code pipeline}, ... */
    public Set<String> roots() {
        Set<String> roots = new LinkedHashSet<>();
        all().forEach(spec -> roots.add(spec.root()));
        return roots;
    }

    public List<CommandSpec> of(String root) {
        return Collections.unmodifiableList(specsByRoot.getOrDefault(root, List.of()));
    }

    /**
     * The sub-command {@code sub} of {@code root}, or else the root's own command (which reads
     * {@code sub} as its first word, or is what {@link #OWN} stands for).
     */
    public Optional<CommandSpec> find(String root, String sub) {
        return of(root).stream()
                .filter(spec -> spec.sub() != null && spec.sub().equals(sub))
                .findFirst()
                .or(() -> own(root));
    }

    /** The root's own command ({@code /forecast [period]}), if it has one. */
    public Optional<CommandSpec> own(String root) {
        return of(root).stream().filter(spec -> spec.sub() == null).findFirst();
    }

    /** Whether {@code word} names a sub-command of {@code root}. */
    public boolean isSubcommand(String root, String word) {
        return of(root).stream()
                .anyMatch(spec -> spec.sub() != null && spec.sub().equals(word));
    }

    /** The sub-command of {@code root} that {@code typed} names, in English (any case) or in Thai. */
    public Optional<CommandSpec> findTyped(String root, String typed) {
        String word = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return of(root).stream()
                .filter(spec -> spec.sub() != null)
                .filter(spec -> spec.sub().equals(word) || word.equals(thaiNames.get(spec.name())))
                .findFirst();
    }

    /** The Thai name of a sub-command ({@code เปลี่ยนสถานะ} for {@code /opp stage}); empty for a root. */
    public Optional<String> thaiName(CommandSpec spec) {
        return Optional.ofNullable(thaiNames.get(spec.name()));
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
