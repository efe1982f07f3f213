package io.salesbot.discord.interaction;

import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.command.OptionType;
import io.salesbot.command.Suggestion;
import io.salesbot.command.Suggestions;
import io.salesbot.discord.DiscordEnabled;
import io.salesbot.discord.command.CommandRegistrar;
import io.salesbot.discord.render.FormModals;
import io.salesbot.reply.ReplyLocale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * "Log to deal" on a message's context menu. A modal cannot search as people type, so it offers
 * the workspace's most recently active deals (Discord's menus hold 25) to pick from, beside the
 * message's text to keep or shorten; a deal further down the list is a typed {@code /opp note}
 * away. The message's author and link travel with the modal, and the submit is an {@code /opp
 * note} like any other ({@link ComponentActions#submit}).
 */
@Component
@Conditional(DiscordEnabled.class)
class MessageCommands {

    private final Callers callers;
    private final Suggestions suggestions;
    private final FormModals modals;
    private final Replies replies;
    private final CommandGateway gateway;

    MessageCommands(
            Callers callers, Suggestions suggestions, FormModals modals, Replies replies, CommandGateway gateway) {
        this.gateway = gateway;
        this.callers = callers;
        this.suggestions = suggestions;
        this.modals = modals;
        this.replies = replies;
    }

    void run(MessageContextInteractionEvent event) {
        if (!CommandRegistrar.LOG_TO_DEAL.equals(event.getName())) {
            return;
        }
        Optional<Caller> caller = callers.of(event);
        if (caller.isEmpty()) {
            replies.note(event, "discord.dm.noGuild");
            return;
        }
        ReplyLocale reader = gateway.reader(caller.get());
        List<Suggestion> deals = suggestions.suggest(caller.get(), OptionType.DEAL, "", reader.language());
        if (deals.isEmpty()) {
            replies.note(event, "discord.log.noDeals");
            return;
        }
        Message message = event.getTarget();
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("author", message.getAuthor().getEffectiveName());
        fixed.put("link", message.getJumpUrl());
        event.replyModal(modals.logToDeal(deals, message.getContentRaw(), fixed, reader))
                .queue(null, Replies.failed("log to deal"));
    }
}
