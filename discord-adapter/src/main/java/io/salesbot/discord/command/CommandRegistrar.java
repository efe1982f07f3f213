package io.salesbot.discord.command;

import io.salesbot.command.CommandCatalog;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Keywords;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.discord.DiscordEnabled;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Builds the slash commands from the shared {@link CommandCatalog}: one command per root, its
 * sub-commands, typed options (required ones first, as Discord demands) and Thai localizations.
 */
@Component
@Conditional(DiscordEnabled.class)
public class CommandRegistrar {

    /** Options whose values come from the workspace's own lists: offered by autocomplete. */
    public static final Set<OptionType> AUTOCOMPLETED = EnumSet.of(
            OptionType.DEAL,
            OptionType.LEAD,
            OptionType.STAGE,
            OptionType.TYPE,
            OptionType.CAMPAIGN,
            OptionType.PRODUCT,
            OptionType.SOURCE);

    private static final int MAX_DESCRIPTION = 100;
    private static final int MAX_CHOICE_NAME = 100;
    private static final ReplyLocale ENGLISH = ReplyLocale.of("en", ZoneOffset.UTC);
    private static final ReplyLocale THAI = ReplyLocale.of("th", ZoneOffset.UTC);

    private final Localizer localizer;
    private final CommandCatalog catalog;

    public CommandRegistrar(Localizer localizer, CommandCatalog catalog) {
        this.localizer = localizer;
        this.catalog = catalog;
    }

    public List<SlashCommandData> commands() {
        return catalog.roots().stream().map(this::command).toList();
    }

    /** The name of the message command that keeps a chat message on a deal. */
    public static final String LOG_TO_DEAL = "Log to deal";

    /** Commands on a message's context menu: "Log to deal", with its Thai name. */
    public List<CommandData> messageCommands() {
        CommandData log = Commands.message(LOG_TO_DEAL);
        log.setNameLocalization(DiscordLocale.THAI, localizer.text(Message.of("discord.log.command"), THAI));
        return List.of(log);
    }

    private SlashCommandData command(String root) {
        SlashCommandData command = Commands.slash(root, describe("discord.root." + root, ENGLISH));
        command.setDescriptionLocalization(DiscordLocale.THAI, describe("discord.root." + root, THAI));
        String thaiName = localizer.text(Message.of("discord.name." + root), THAI);
        if (!thaiName.startsWith("discord.")) {
            command.setNameLocalization(DiscordLocale.THAI, thaiName);
        }
        if (catalog.hasSubcommands(root)) {
            for (CommandSpec spec : catalog.of(root)) {
                // Discord gives a root options or sub-commands, never both: the root's own is "show"
                String name = spec.sub() == null ? CommandCatalog.OWN : spec.sub();
                SubcommandData sub = new SubcommandData(name, describe(spec.helpKey(), ENGLISH));
                sub.setDescriptionLocalization(DiscordLocale.THAI, describe(spec.helpKey(), THAI));
                // The name a Thai reader types on the console or in Slack, from the same bundle.
                catalog.thaiName(spec).ifPresent(thai -> sub.setNameLocalization(DiscordLocale.THAI, thai));
                if (spec.sub() == null) {
                    sub.setNameLocalization(DiscordLocale.THAI, localizer.text(Message.of("name.own"), THAI));
                }
                sub.addOptions(options(spec));
                command.addSubcommands(sub);
            }
        } else {
            command.addOptions(options(catalog.of(root).get(0)));
        }
        return command;
    }

    private List<OptionData> options(CommandSpec spec) {
        // Hidden options (a card's version) come from buttons only; people never type them.
        return spec.visible().stream()
                .sorted(Comparator.comparing(option -> !required(spec, option)))
                .map(option -> option(option, required(spec, option)))
                .toList();
    }

    /** A command that opens a form asks for what is missing there, so Discord must not insist. */
    private static boolean required(CommandSpec command, Option<?> option) {
        return option.isRequired() && !command.opensForm();
    }

    private OptionData option(Option<?> spec, boolean required) {
        net.dv8tion.jda.api.interactions.commands.OptionType type = switch (spec.type()) {
            case FLAG -> net.dv8tion.jda.api.interactions.commands.OptionType.BOOLEAN;
            case FILE -> net.dv8tion.jda.api.interactions.commands.OptionType.ATTACHMENT;
            default -> net.dv8tion.jda.api.interactions.commands.OptionType.STRING;
        };
        OptionData option = new OptionData(type, spec.name(), describe(spec.helpKey(), ENGLISH), required);
        option.setDescriptionLocalization(DiscordLocale.THAI, describe(spec.helpKey(), THAI));
        if (spec.type() == OptionType.CHOICE) {
            spec.choices().forEach(choice -> option.addChoices(choice(choice)));
        } else if (AUTOCOMPLETED.contains(spec.type())) {
            option.setAutoComplete(true);
        }
        return option;
    }

    /**
     * A choice shown to a Thai reader in the Thai word the text path reads as it ({@link Keywords}),
     * its value staying the English keyword, so the handler reads one word whatever the client showed.
     */
    private static Command.Choice choice(String keyword) {
        Command.Choice choice = new Command.Choice(keyword, keyword);
        Keywords.thai(keyword).stream()
                .findFirst()
                .ifPresent(thai -> choice.setNameLocalization(DiscordLocale.THAI, Limits.cut(thai, MAX_CHOICE_NAME)));
        return choice;
    }

    /** Discord allows 100 characters: longer help is cut at a word with an ellipsis. */
    private String describe(String key, ReplyLocale reader) {
        String text = localizer.text(Message.of(key), reader).replace('`', ' ').strip();
        return Limits.cut(text, MAX_DESCRIPTION);
    }
}
