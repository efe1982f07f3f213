package io.salesbot.slack.handlers;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.salesbot.command.Answer;
import io.salesbot.command.CommandGateway;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.RecentKeys;
import io.salesbot.slack.SlackCallers;
import io.salesbot.slack.SlackWorkers;
import io.salesbot.slack.blocks.BlockKit;
import io.salesbot.slack.blocks.Rendered;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Buttons on cards and lists. A button's value is a command line, run as the person who pressed
 * it. A new card or page replaces the message in place (with who changed it); a form opens as a
 * modal; anything else (history, errors) is shown to the presser alone.
 *
 * <p>A double click sends the same button twice within a second or two; the second press of the
 * same button on the same message by the same person within {@link #DOUBLE_CLICK} is dropped.
 * Even without that, each card button carries the deal's version, so a late repeat is refused.
 */
@Component
@ConditionalOnSlack
class CardButtons {

    static final Duration DOUBLE_CLICK = Duration.ofSeconds(10);

    private static final String OPEN = BlockKit.ACTION_PREFIX + "open";

    private final CommandGateway gateway;
    private final HomeTab home;
    private final SlackCallers callers;
    private final BlockKit kit;
    private final Replier replier;
    private final SlackWorkers workers;
    private final RecentKeys pressed = new RecentKeys(DOUBLE_CLICK, Clock.systemUTC());

    CardButtons(
            App app,
            CommandGateway gateway,
            SlackCallers callers,
            BlockKit kit,
            Replier replier,
            SlackWorkers workers,
            HomeTab home) {
        this.home = home;
        this.gateway = gateway;
        this.callers = callers;
        this.kit = kit;
        this.replier = replier;
        this.workers = workers;
        app.blockAction(Pattern.compile("^" + BlockKit.ACTION_PREFIX + ".*"), this::handle);
    }

    private Response handle(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return context.ack();
        }
        BlockActionPayload.Action pressed0 = payload.getActions().get(0);
        // A button carries its command as its value; a menu (a card's forecast category) as the chosen option's.
        String command = pressed0.getValue() != null || pressed0.getSelectedOption() == null
                ? pressed0.getValue()
                : pressed0.getSelectedOption().getValue();
        // "Open deal" on a channel's news shows the card to the presser; the news stays for everyone,
        // as a reminder stays after its Done or Open.
        String actionId = payload.getActions().get(0).getActionId();
        boolean mayReplace = !OPEN.equals(actionId) && !actionId.startsWith(BlockKit.PROMPT_ACTION);
        String userId = payload.getUser().getId();
        String message =
                payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
        if (command == null || !pressed.first(userId + "|" + message + "|" + command)) {
            return context.ack();
        }
        String channel =
                payload.getChannel() == null ? null : payload.getChannel().getId();
        Conversation from = new Conversation(
                callers.caller(
                        payload.getTeam().getId(),
                        payload.getTeam().getDomain(),
                        userId,
                        payload.getUser().getName(),
                        channel),
                payload.getTriggerId(),
                payload.getResponseUrl(),
                channel,
                userId);
        // Ack first: the command may wait on a busy database, and Slack drops a click not acked in
        // 3 s. A form still opens from the worker, as the click's trigger id lasts 3 s from the
        // click, not from the ack.
        workers.run("button", () -> {
            Answer answer = gateway.handle(from.caller(), command);
            home.refreshAfter(from.caller(), answer.reply());
            Rendered rendered = kit.render(answer.reply(), answer.reader());
            if (rendered.form() != null) {
                replier.openForm(answer, rendered.form(), from, true);
            } else {
                replier.after(answer, from, mayReplace);
            }
        });
        return context.ack();
    }
}
