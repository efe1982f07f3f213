package io.salesbot.slack.handlers;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import io.salesbot.command.Answer;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.RecentKeys;
import io.salesbot.slack.SlackCallers;
import io.salesbot.slack.SlackWorkers;
import io.salesbot.slack.blocks.BlockKit;
import io.salesbot.slack.blocks.FormMetadata;
import io.salesbot.slack.blocks.ModalViews;
import io.salesbot.slack.blocks.Mrkdwn;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A submitted modal runs its command with the fields as options. A mistake goes back onto the
 * field it belongs to ({@code response_action: errors}) and the modal stays open, so nothing is
 * saved until the form is valid. A modal that already went through is not run again.
 */
@Component
@ConditionalOnSlack
class FormSubmissions {

    private final CommandGateway gateway;
    private final HomeTab home;
    private final SlackCallers callers;
    private final BlockKit kit;
    private final Replier replier;
    private final SlackWorkers workers;
    // Ids of modals whose command succeeded: a repeated submission of the same view is dropped.
    private final RecentKeys done = new RecentKeys(Duration.ofMinutes(30), Clock.systemUTC());

    FormSubmissions(
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
        app.viewSubmission(ModalViews.CALLBACK, this::handle);
    }

    private Response handle(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        String viewId = payload.getView().getId();
        if (!done.first(viewId)) {
            return context.ack();
        }
        FormMetadata metadata = FormMetadata.parse(payload.getView().getPrivateMetadata());
        Map<String, String> options =
                new HashMap<>(ModalViews.values(payload.getView().getState()));
        options.putAll(metadata.fixed());
        String userId = payload.getUser().getId();
        Conversation from = new Conversation(
                callers.caller(
                        payload.getTeam().getId(),
                        payload.getTeam().getDomain(),
                        userId,
                        payload.getUser().getName(),
                        metadata.channel()),
                null,
                metadata.responseUrl(),
                metadata.channel(),
                userId);
        Answer answer = gateway.submit(from.caller(), metadata.command(), options);
        if (answer.reply() instanceof BotReply.Error error) {
            done.forget(viewId);
            return context.ackWithErrors(errors(error, answer, payload.getView().getBlocks()));
        }
        home.refreshAfter(from.caller(), answer.reply());
        workers.run("form answer", () -> replier.after(answer, from, metadata.replace()));
        return context.ack();
    }

    /** The error on its field; one about no field of the form goes on the first field. */
    private Map<String, String> errors(BotReply.Error error, Answer answer, List<LayoutBlock> blocks) {
        StringBuilder text = new StringBuilder(kit.text(error.message(), answer.reader()));
        error.suggestions().forEach(s -> text.append("\n").append(kit.text(s, answer.reader())));
        List<String> fields = blocks == null
                ? List.of()
                : blocks.stream()
                        .filter(InputBlock.class::isInstance)
                        .map(LayoutBlock::getBlockId)
                        .toList();
        String field = fields.contains(error.field()) || fields.isEmpty() ? error.field() : fields.get(0);
        return Map.of(field == null ? "" : field, Mrkdwn.cut(text.toString(), 2000));
    }
}
