package io.salesbot.command;

import io.salesbot.common.InvalidInputException;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code /opp help [command]}, generated from the {@link CommandCatalog}: every command with its
 * usage and summary, or one command with each option explained and an example.
 */
@Component
class HelpCommand implements CommandHandler {

    @Override
    public Set<String> handles() {
        return Set.of("opp help");
    }

    @Override
    public BotReply handle(CommandContext context, CommandInput input) {
        String topic = input.get("command");
        return topic == null ? overview() : detail(topic);
    }

    private static BotReply overview() {
        return commands(CommandCatalog.all());
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

    private static BotReply detail(String topic) {
        String[] words =
                topic.strip().replaceFirst("^/", "").toLowerCase(Locale.ROOT).split("\\s+");
        CommandSpec spec = (words.length == 1 && CommandCatalog.hasSubcommands(words[0])) || words.length == 0
                ? null
                : words.length == 1
                        ? CommandCatalog.find(words[0], null)
                                .orElse(CommandCatalog.find("opp", words[0]).orElse(null))
                        : CommandCatalog.find(words[0], words[1]).orElse(null);
        if (spec == null) {
            List<CommandSpec> family = CommandCatalog.of(words[0]);
            if (family.isEmpty()) {
                throw new InvalidInputException("command", "error.help.unknown", topic);
            }
            return commands(family);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (!option.name().equals("version")) {
                rows.add(List.of(
                        option.positional() ? "<" + option.name() + ">" : option.name() + ":",
                        Message.of(option.helpKey())));
            }
        }
        return new BotReply.Table(
                Message.of("help.command", spec.usage()),
                List.of(Message.of("column.option"), Message.of("column.meaning")),
                rows,
                List.of(Message.of(spec.helpKey()), Message.of(spec.helpKey() + ".example")),
                Visibility.PRIVATE);
    }
}
