package io.salesbot.discord.interaction;

import io.salesbot.command.Answer;
import io.salesbot.discord.DiscordEnabled;
import io.salesbot.discord.render.FormModals;
import io.salesbot.discord.render.Rendered;
import io.salesbot.discord.render.ReplyRenderer;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Sends a core answer back through an interaction: a new message, an edit in place, or a modal. */
@Component
@Conditional(DiscordEnabled.class)
class Replies {

    private static final Logger log = LoggerFactory.getLogger(Replies.class);

    private final ReplyRenderer renderer;
    private final FormModals modals;
    private final Localizer localizer;

    Replies(ReplyRenderer renderer, FormModals modals, Localizer localizer) {
        this.renderer = renderer;
        this.modals = modals;
        this.localizer = localizer;
    }

    /** Answers with a new message, or opens the modal when the answer is a form and one can open. */
    void reply(IReplyCallback event, Answer answer) {
        if (answer.reply() instanceof BotReply.Form form && event instanceof IModalCallback modal) {
            modal.replyModal(modals.modal(form, answer.reader(), Map.of())).queue(null, failed("modal"));
            return;
        }
        Rendered rendered = render(answer);
        event.reply(rendered.toCreate()).setEphemeral(rendered.ephemeral()).queue(null, failed("reply"));
    }

    /** A private error with a button that opens the refused form again. */
    void replyWithRetry(IReplyCallback event, Answer answer, String retryId) {
        Rendered error = render(answer);
        String label = localizer.text(Message.of("discord.form.retry"), answer.reader());
        List<ActionRow> rows = List.of(ActionRow.of(Button.primary(retryId, label)));
        Rendered withButton = new Rendered(error.content(), error.embeds(), rows, List.of(), true);
        event.reply(withButton.toCreate()).setEphemeral(true).queue(null, failed("reply"));
    }

    /** Replaces the message the button or menu was on (a deal card after its action). */
    void update(IMessageEditCallback event, Answer answer) {
        event.editMessage(render(answer).toEdit()).queue(null, failed("update"));
    }

    /** Follows up a reply deferred in private (an import): the follow-up is private too. */
    void followUp(InteractionHook hook, Answer answer) {
        Rendered rendered = render(answer);
        hook.sendMessage(rendered.toCreate()).setEphemeral(rendered.ephemeral()).queue(null, failed("follow-up"));
    }

    /**
     * Follows up a reply deferred in public, e.g. a report with its chart attached. The first
     * follow-up takes the place of the deferred "thinking" message, and with it its visibility; so
     * a private answer (one rep's numbers, an error) first deletes that message and then comes as
     * a private message of its own. If the delete fails, nothing private is posted in its place.
     */
    void followUpPublic(InteractionHook hook, Answer answer) {
        Rendered rendered = render(answer);
        if (!rendered.ephemeral()) {
            hook.sendMessage(rendered.toCreate()).queue(null, failed("follow-up"));
            return;
        }
        hook.deleteOriginal()
                .queue(
                        deleted -> hook.sendMessage(rendered.toCreate())
                                .setEphemeral(true)
                                .queue(null, failed("follow-up")),
                        failed("delete deferred"));
    }

    /** A private note in the person's language, from the Discord words. */
    void note(IReplyCallback event, String key) {
        String text = localizer.text(Message.of(key), reader(event));
        event.reply(text).setAllowedMentions(List.of()).setEphemeral(true).queue(null, failed("note"));
    }

    static ReplyLocale reader(Interaction interaction) {
        return ReplyLocale.of(interaction.getUserLocale().getLocale(), ZoneOffset.UTC);
    }

    private Rendered render(Answer answer) {
        return renderer.render(answer.reply(), answer.reader());
    }

    static Consumer<Throwable> failed(String what) {
        return error -> log.warn("Discord {} failed: {}", what, error.toString());
    }
}
