package io.salesbot.command;

import io.salesbot.common.InvalidInputException;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code /opp help [command]}, generated from the {@link CommandCatalog}: every command with its
 * usage and summary, or one command with each option explained and an example.
 */
@Component
class HelpCommand implements Command {

    static final Option<String> TOPIC = Option.text("command").rest();

    private static final CommandSpec SPEC = CommandSpec.of("opp", "help", TOPIC);

    // The catalogue is built from every command, this one included: look it up when asked.
    private final ObjectProvider<CommandCatalog> catalog;

    HelpCommand(ObjectProvider<CommandCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String topic = arguments.get(TOPIC);
        return topic == null ? commands(catalog.getObject().all()) : detail(catalog.getObject(), topic);
    }

    /** A table of commands: how to type each and what it does. */
    private static BotReply commands(List<CommandSpec> specs) {
        List<List<Object>> rows = specs.stream()
                .map(spec -> List.<Object>of(spec.usage(), Message.of(spec.helpKey())))
                .toList();
        return new BotReply.Table(
                Message.of("help.title"),
                List.of(Message.of("column.command"), Message.of("column.does")),
                rows,
                List.of(Message.of("help.more")),
                Visibility.PRIVATE);
    }

    private static BotReply detail(CommandCatalog catalog, String topic) {
        String[] words =
                topic.strip().replaceFirst("^/", "").toLowerCase(Locale.ROOT).split("\\s+");
        CommandSpec spec = (words.length == 1 && catalog.hasSubcommands(words[0])) || words.length == 0
                ? null
                : words.length == 1
                        ? catalog.find(words[0], null)
                                .or(() -> catalog.findTyped("opp", words[0]))
                                .orElse(null)
                        : catalog.hasSubcommands(words[0])
                                ? catalog.findTyped(words[0], words[1]).orElse(null)
                                : catalog.find(words[0], null).orElse(null);
        if (spec == null) {
            List<CommandSpec> family = catalog.of(words[0]);
            if (family.isEmpty()) {
                throw new InvalidInputException("command", "error.help.unknown", topic);
            }
            return commands(family);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Option<?> option : spec.visible()) {
            rows.add(List.of(
                    option.isPositional() ? "<" + option.name() + ">" : option.name() + ":",
                    Message.of(option.helpKey())));
        }
        return new BotReply.Table(
                Message.of("help.command", spec.usage()),
                List.of(Message.of("column.option"), Message.of("column.meaning")),
                rows,
                List.of(Message.of(spec.helpKey()), Message.of(spec.helpKey() + ".example")),
                Visibility.PRIVATE);
    }
}
