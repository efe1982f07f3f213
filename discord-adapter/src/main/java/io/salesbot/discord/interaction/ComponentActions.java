package io.salesbot.discord.interaction;

import io.salesbot.command.Answer;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.discord.DiscordEnabled;
import io.salesbot.discord.render.ComponentIds;
import io.salesbot.discord.render.FormModals;
import io.salesbot.reply.BotReply;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Buttons, the stage menu and modal submits. A button or menu runs its command as the person who
 * pressed it; a new deal card or list replaces the message in place, a form opens as a modal, and
 * anything else (history, errors) is a new reply.
 */
@Component
@Conditional(DiscordEnabled.class)
class ComponentActions {

    private final CommandGateway gateway;
    private final Callers callers;
    private final Replies replies;
    private final ComponentIds ids;
    private final FormModals modals;

    ComponentActions(CommandGateway gateway, Callers callers, Replies replies, ComponentIds ids, FormModals modals) {
        this.gateway = gateway;
        this.callers = callers;
        this.replies = replies;
        this.ids = ids;
        this.modals = modals;
    }

    void press(ButtonInteractionEvent event) {
        if (event.getComponentId().startsWith(FormModals.RETRY)) {
            modals.reopen(event.getComponentId(), Replies.reader(event))
                    .ifPresentOrElse(
                            modal -> event.replyModal(modal).queue(null, Replies.failed("modal")),
                            () -> replies.note(event, "discord.expired"));
            return;
        }
        run(event, ids.command(event.getComponentId()), !ComponentIds.leavesMessage(event.getComponentId()));
    }

    void select(StringSelectInteractionEvent event) {
        Optional<String> command = event.getValues().isEmpty()
                ? Optional.empty()
                : ComponentIds.stageCommand(
                        event.getComponentId(), event.getValues().get(0));
        run(event, command, true);
    }

    void submit(ModalInteractionEvent event) {
        Optional<Caller> caller = callers.of(event);
        Optional<FormModals.Pending> pending = modals.pending(event.getModalId());
        if (caller.isEmpty() || pending.isEmpty()) {
            replies.note(event, caller.isEmpty() ? "discord.dm.noGuild" : "discord.expired");
            return;
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (ModalMapping value : event.getValues()) {
            // A menu in a modal (the deal of "Log to deal") sends what was picked as a list.
            String text = value.getType() == net.dv8tion.jda.api.components.Component.Type.STRING_SELECT
                    ? value.getAsStringList().stream().findFirst().orElse(null)
                    : value.getAsString();
            if (text != null && !text.isBlank()) {
                typed.put(value.getCustomId(), text.strip());
            }
        }
        Map<String, String> options = new LinkedHashMap<>(pending.get().fixed());
        options.putAll(typed);
        Answer answer = gateway.submit(caller.get(), pending.get().command(), options);
        if (answer.reply() instanceof BotReply.Error && pending.get().form() != null) {
            // A modal cannot answer with a modal: offer a button that reopens it as typed.
            replies.replyWithRetry(event, answer, modals.retryButton(pending.get(), typed));
            return;
        }
        replies.reply(event, answer);
    }

    private void run(GenericComponentInteractionCreateEvent event, Optional<String> command, boolean mayReplace) {
        Optional<Caller> caller = callers.of(event);
        if (caller.isEmpty() || command.isEmpty()) {
            replies.note(event, caller.isEmpty() ? "discord.dm.noGuild" : "discord.expired");
            return;
        }
        Answer answer = gateway.handle(caller.get(), command.get());
        if (mayReplace && BotReply.replacesMessage(answer.reply())) {
            replies.update(event, answer);
        } else {
            replies.reply(event, answer);
        }
    }
}
