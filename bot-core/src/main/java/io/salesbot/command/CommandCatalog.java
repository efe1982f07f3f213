package io.salesbot.command;

import static io.salesbot.command.OptionSpec.choice;
import static io.salesbot.command.OptionSpec.flag;
import static io.salesbot.command.OptionSpec.named;
import static io.salesbot.command.OptionSpec.rest;
import static io.salesbot.command.OptionSpec.word;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every command of the language, declared once. The text parser, the Discord registration, the
 * Slack forms and {@code /opp help} are all built from this list, so no command is described twice.
 */
public final class CommandCatalog {

    private static final OptionSpec VERSION = named("version", OptionType.NUMBER);

    private static final List<CommandSpec> COMMANDS = List.of(
            CommandSpec.withForm(
                    "opp",
                    "new",
                    List.of(
                            rest("name", OptionType.TEXT, true),
                            named("amount", OptionType.AMOUNT),
                            named("close", OptionType.DATE),
                            named("stage", OptionType.STAGE),
                            named("type", OptionType.TYPE),
                            named("prob", OptionType.PROBABILITY),
                            named("customer", OptionType.TEXT),
                            named("campaign", OptionType.CAMPAIGN),
                            named("source", OptionType.SOURCE),
                            named("owner", OptionType.MEMBER),
                            named("description", OptionType.TEXT))),
            new CommandSpec("opp", "show", List.of(rest("deal", OptionType.DEAL, true))),
            new CommandSpec(
                    "opp",
                    "list",
                    List.of(
                            word("who", OptionType.MEMBER, false),
                            named("stage", OptionType.STAGE),
                            choice(
                                    "closing",
                                    false,
                                    "this-month",
                                    "next-month",
                                    "this-quarter",
                                    "next-quarter",
                                    "overdue"),
                            named("campaign", OptionType.CAMPAIGN),
                            named("type", OptionType.TYPE),
                            named("page", OptionType.NUMBER))),
            CommandSpec.withForm(
                    "opp",
                    "edit",
                    List.of(
                            word("deal", OptionType.DEAL, true),
                            named("name", OptionType.TEXT),
                            named("amount", OptionType.AMOUNT),
                            named("close", OptionType.DATE),
                            named("prob", OptionType.PROBABILITY),
                            named("type", OptionType.TYPE),
                            named("customer", OptionType.TEXT),
                            named("campaign", OptionType.CAMPAIGN),
                            named("source", OptionType.SOURCE),
                            named("owner", OptionType.MEMBER),
                            named("description", OptionType.TEXT),
                            VERSION)),
            new CommandSpec(
                    "opp",
                    "stage",
                    List.of(word("deal", OptionType.DEAL, true), rest("stage", OptionType.STAGE, true), VERSION)),
            new CommandSpec(
                    "opp",
                    "won",
                    List.of(word("deal", OptionType.DEAL, true), rest("note", OptionType.TEXT, false), VERSION)),
            CommandSpec.withForm(
                    "opp",
                    "lost",
                    List.of(word("deal", OptionType.DEAL, true), rest("reason", OptionType.TEXT, true), VERSION)),
            new CommandSpec(
                    "opp",
                    "reopen",
                    List.of(
                            word("deal", OptionType.DEAL, true),
                            named("stage", OptionType.STAGE),
                            rest("note", OptionType.TEXT, false))),
            CommandSpec.withForm(
                    "opp",
                    "product",
                    List.of(
                            word("deal", OptionType.DEAL, true),
                            rest("product", OptionType.PRODUCT, true),
                            named("qty", OptionType.QUANTITY),
                            named("price", OptionType.AMOUNT),
                            named("discount", OptionType.PERCENT),
                            flag("addon"),
                            named("note", OptionType.TEXT))),
            new CommandSpec(
                    "opp",
                    "product-remove",
                    List.of(word("deal", OptionType.DEAL, true), word("line", OptionType.NUMBER, true))),
            new CommandSpec("opp", "history", List.of(rest("deal", OptionType.DEAL, true))),
            new CommandSpec("opp", "help", List.of(rest("command", OptionType.TEXT, false))),
            new CommandSpec(
                    "lead",
                    "new",
                    List.of(
                            rest("name", OptionType.TEXT, true),
                            named("company", OptionType.TEXT),
                            named("source", OptionType.SOURCE),
                            named("contact", OptionType.TEXT))),
            new CommandSpec("lead", "list", List.of(choice("status", false, "open", "converted", "dropped", "all"))),
            new CommandSpec(
                    "lead",
                    "convert",
                    List.of(
                            rest("lead", OptionType.LEAD, true),
                            named("amount", OptionType.AMOUNT),
                            named("close", OptionType.DATE))),
            new CommandSpec(
                    "lead",
                    "drop",
                    List.of(word("lead", OptionType.LEAD, true), rest("reason", OptionType.TEXT, true))),
            new CommandSpec(
                    "pipeline",
                    null,
                    List.of(
                            word("who", OptionType.MEMBER, false),
                            named("type", OptionType.TYPE),
                            named("campaign", OptionType.CAMPAIGN))),
            new CommandSpec(
                    "forecast",
                    null,
                    List.of(
                            word("period", OptionType.TEXT, false),
                            word("who", OptionType.MEMBER, false),
                            choice("by", false, "rep", "type", "campaign"))),
            new CommandSpec("campaign", "report", List.of(rest("campaign", OptionType.CAMPAIGN, false))),
            new CommandSpec(
                    "campaign",
                    "new",
                    List.of(
                            rest("name", OptionType.TEXT, true),
                            named("start", OptionType.DATE),
                            named("end", OptionType.DATE),
                            named("cost", OptionType.AMOUNT))),
            new CommandSpec("campaign", "list", List.of()),
            new CommandSpec(
                    "salesbot",
                    "role",
                    List.of(word("member", OptionType.MEMBER, true), choice("role", true, "rep", "manager", "admin"))),
            new CommandSpec(
                    "salesbot",
                    "stages",
                    List.of(
                            choice("action", true, "list", "add", "move", "rename", "probability"),
                            rest("stage", OptionType.STAGE, false),
                            named("prob", OptionType.PROBABILITY),
                            named("after", OptionType.STAGE),
                            named("position", OptionType.NUMBER),
                            named("name", OptionType.TEXT),
                            named("thai", OptionType.TEXT))),
            new CommandSpec(
                    "salesbot",
                    "types",
                    List.of(choice("action", true, "list", "add"), rest("type", OptionType.TEXT, false))),
            new CommandSpec(
                    "salesbot",
                    "sources",
                    List.of(choice("action", true, "list", "add"), rest("source", OptionType.TEXT, false))),
            new CommandSpec(
                    "salesbot",
                    "products",
                    List.of(
                            choice("action", true, "list", "add", "remove"),
                            rest("product", OptionType.TEXT, false),
                            named("price", OptionType.AMOUNT),
                            flag("addon"))),
            new CommandSpec("salesbot", "language", List.of(choice("language", true, "th", "en"), flag("force"))),
            new CommandSpec("salesbot", "currency", List.of(word("currency", OptionType.TEXT, true))),
            new CommandSpec("salesbot", "timezone", List.of(word("zone", OptionType.TEXT, true))),
            new CommandSpec(
                    "salesbot",
                    "notify",
                    List.of(rest("events", OptionType.TEXT, false), named("min", OptionType.AMOUNT))),
            new CommandSpec("salesbot", "digest", List.of(rest("schedule", OptionType.TEXT, false))),
            new CommandSpec("salesbot", "outbox", List.of(choice("action", false, "list", "retry"))),
            new CommandSpec("salesbot", "export", List.of(choice("what", true, "deals", "history"))),
            new CommandSpec("salesbot", "import", List.of(rest("file", OptionType.FILE, true), flag("dry-run"))),
            new CommandSpec("salesbot", "members", List.of()),
            new CommandSpec("salesbot", "demo", List.of()));

    private CommandCatalog() {}

    public static List<CommandSpec> all() {
        return COMMANDS;
    }

    /** The roots in order: {@code opp}, {@code lead}, {@code pipeline}, ... */
    public static Set<String> roots() {
        Set<String> roots = new LinkedHashSet<>();
        COMMANDS.forEach(command -> roots.add(command.root()));
        return roots;
    }

    public static List<CommandSpec> of(String root) {
        return COMMANDS.stream().filter(command -> command.root().equals(root)).toList();
    }

    public static Optional<CommandSpec> find(String root, String sub) {
        return COMMANDS.stream()
                .filter(command -> command.root().equals(root))
                .filter(command -> command.sub() == null || command.sub().equals(sub))
                .findFirst();
    }

    public static boolean hasSubcommands(String root) {
        return of(root).stream().anyMatch(command -> command.sub() != null);
    }
}
