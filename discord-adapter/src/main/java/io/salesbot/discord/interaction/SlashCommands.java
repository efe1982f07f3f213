package io.salesbot.discord.interaction;

import io.salesbot.command.Answer;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandCatalog;
import io.salesbot.command.CommandGateway;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.command.Suggestion;
import io.salesbot.command.Suggestions;
import io.salesbot.discord.DiscordEnabled;
import io.salesbot.discord.command.Limits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Slash commands and their autocomplete, for every command of the catalogue alike. Typed options go
 * to the core as they are, never written out as a line to be parsed again (a member or channel
 * picked in one becomes the core's {@code @id} / {@code #id}); a command that opens a form and lacks
 * a required option answers with the form. A file option is the uploaded file, downloaded only
 * once the core has let the caller run the command. Commands declared slow (reports) can take
 * longer than Discord's 3 s: they are deferred and followed up.
 */
@Component
@Conditional(DiscordEnabled.class)
class SlashCommands {

    /** Discord shows at most 25 choices, each of at most 100 characters. */
    static final int MAX_CHOICES = 25;

    private static final int MAX_CHOICE_TEXT = 100;

    private final CommandGateway gateway;
    private final CommandCatalog catalog;
    private final Callers callers;
    private final Replies replies;
    private final Suggestions suggestions;
    private final Attachments attachments;

    SlashCommands(
            CommandGateway gateway,
            Callers callers,
            Replies replies,
            Suggestions suggestions,
            Attachments attachments,
            CommandCatalog catalog) {
        this.attachments = attachments;
        this.catalog = catalog;
        this.gateway = gateway;
        this.callers = callers;
        this.replies = replies;
        this.suggestions = suggestions;
    }

    void run(SlashCommandInteractionEvent event) {
        Optional<Caller> caller = callers.of(event);
        if (caller.isEmpty()) {
            replies.note(event, "discord.dm.noGuild");
            return;
        }
        CommandSpec spec = catalog.find(event.getName(), event.getSubcommandName())
                .orElseThrow(() -> new IllegalStateException("unregistered command " + event.getFullCommandName()));
        Map<String, String> options = new LinkedHashMap<>();
        Message.Attachment upload = null;
        for (OptionMapping option : event.getOptions()) {
            if (option.getType() == net.dv8tion.jda.api.interactions.commands.OptionType.BOOLEAN) {
                if (option.getAsBoolean()) {
                    options.put(option.getName(), "true");
                }
            } else if (option.getType() == net.dv8tion.jda.api.interactions.commands.OptionType.ATTACHMENT) {
                upload = option.getAsAttachment();
            } else if (!option.getAsString().isBlank()) {
                OptionType type =
                        spec.option(option.getName()).map(Option::type).orElse(OptionType.TEXT);
                options.put(option.getName(), DiscordText.plain(type, option.getAsString()));
            }
        }
        if (upload != null) {
            // Downloading takes a moment: defer, then hand the core the file (never a path). The
            // core asks for it only once the caller may run the command.
            event.deferReply(true).queue(null, Replies.failed("defer"));
            Message.Attachment file = upload;
            Answer answer = gateway.handle(caller.get(), "/" + spec.name(), options, () -> attachments.fetch(file));
            replies.followUp(event.getHook(), answer);
            return;
        }
        if (spec.slow()) {
            event.deferReply().queue(null, Replies.failed("defer"));
            replies.followUpPublic(event.getHook(), answer(caller.get(), spec, options));
            return;
        }
        replies.reply(event, answer(caller.get(), spec, options));
    }

    void complete(CommandAutoCompleteInteractionEvent event) {
        Optional<Caller> caller = callers.of(event);
        Optional<OptionType> type = catalog.find(event.getName(), event.getSubcommandName())
                .flatMap(spec -> spec.option(event.getFocusedOption().getName()))
                .map(Option::type);
        if (caller.isEmpty() || type.isEmpty()) {
            event.replyChoices(List.of()).queue(null, Replies.failed("autocomplete"));
            return;
        }
        String language = Replies.reader(event).language();
        List<Suggestion> offered = suggestions.suggest(
                caller.get(), type.get(), event.getFocusedOption().getValue(), language);
        event.replyChoices(choices(offered)).queue(null, Replies.failed("autocomplete"));
    }

    /**
     * The suggestions Discord can show: names cut to fit, and none whose value does not fit, since a
     * cut value would name nothing (a product of 150 characters is typed in full instead).
     */
    static List<Command.Choice> choices(List<Suggestion> suggestions) {
        return suggestions.stream()
                .filter(s -> s.value().length() <= MAX_CHOICE_TEXT)
                .limit(MAX_CHOICES)
                .map(s -> new Command.Choice(Limits.cut(s.label(), MAX_CHOICE_TEXT), s.value()))
                .toList();
    }

    private Answer answer(Caller caller, CommandSpec spec, Map<String, String> options) {
        return gateway.handle(caller, "/" + spec.name(), options);
    }
}
