package io.salesbot.discord.interaction;

import io.salesbot.command.Answer;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandCatalog;
import io.salesbot.command.CommandGateway;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.discord.DiscordEnabled;
import io.salesbot.transfer.ImportLimit;
import io.salesbot.workspace.WorkspaceService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Slash commands and their autocomplete, for every command of the catalogue alike. Typed options go
 * to the core as they are, never written out as a line to be parsed again; a command that opens a
 * form and lacks a required option answers with the form. A file option is the uploaded file's
 * text. Commands declared slow (reports) can take longer than Discord's 3 s: they are deferred and
 * followed up.
 */
@Component
@Conditional(DiscordEnabled.class)
class SlashCommands {

    private final CommandGateway gateway;
    private final CommandCatalog catalog;
    private final Callers callers;
    private final Replies replies;
    private final Suggestions suggestions;
    private final WorkspaceService workspaces;
    private final Attachments attachments;

    SlashCommands(
            CommandGateway gateway,
            Callers callers,
            Replies replies,
            Suggestions suggestions,
            WorkspaceService workspaces,
            Attachments attachments,
            CommandCatalog catalog) {
        this.attachments = attachments;
        this.catalog = catalog;
        this.gateway = gateway;
        this.callers = callers;
        this.replies = replies;
        this.suggestions = suggestions;
        this.workspaces = workspaces;
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
                options.put(option.getName(), option.getAsString());
            }
        }
        if (upload != null) {
            // Downloading takes a moment: defer, then hand the core the file's text (never a path).
            event.deferReply(true).queue(null, Replies.failed("defer"));
            // Only for someone who may run the command: the bot fetches nothing on behalf of others.
            Optional<Answer> refused = gateway.refusedRole(caller.get(), "/" + spec.name());
            Optional<String> text = refused.isPresent() ? Optional.empty() : attachments.text(upload);
            Answer answer;
            if (refused.isPresent()) {
                answer = refused.get();
            } else if (text.isPresent()) {
                options.put(spec.file().orElseThrow().name(), text.get());
                answer = answer(caller.get(), spec, options);
            } else if (Attachments.tooLarge(upload)) {
                answer = gateway.refuse(caller.get(), ImportLimit.tooLarge(upload.getFileName()));
            } else {
                // Not the core's "needs a name column": the file never arrived.
                answer = gateway.refuse(caller.get(), io.salesbot.reply.Message.of("discord.import.unreadable"));
            }
            replies.followUp(event.getHook(), caller.get(), answer);
            return;
        }
        if (spec.slow()) {
            event.deferReply().queue(null, Replies.failed("defer"));
            replies.followUp(event.getHook(), caller.get(), answer(caller.get(), spec, options));
            return;
        }
        replies.reply(event, caller.get(), answer(caller.get(), spec, options));
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
        var choices = suggestions.suggest(
                workspaces.enter(caller.get().visitor()),
                type.get(),
                event.getFocusedOption().getValue(),
                language);
        event.replyChoices(choices).queue(null, Replies.failed("autocomplete"));
    }

    private Answer answer(Caller caller, CommandSpec spec, Map<String, String> options) {
        return gateway.handle(caller, "/" + spec.name(), options);
    }
}
