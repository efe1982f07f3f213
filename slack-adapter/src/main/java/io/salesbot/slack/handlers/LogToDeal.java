package io.salesbot.slack.handlers;

import com.slack.api.app_backend.interactive_components.payload.BlockSuggestionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.BlockSuggestionContext;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ExternalSelectElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.command.OptionType;
import io.salesbot.command.Suggestions;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.SlackCallFailed;
import io.salesbot.slack.SlackCallers;
import io.salesbot.slack.SlackWeb;
import io.salesbot.slack.SlackWorkers;
import io.salesbot.slack.blocks.FormMetadata;
import io.salesbot.slack.blocks.ModalViews;
import io.salesbot.slack.blocks.Mrkdwn;
import io.salesbot.slack.blocks.SlackLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Log to deal", the message shortcut: opens a small form with the deal to pick (an external
 * select that searches the workspace's deals as the person types, answered from {@code
 * block_suggestion}) and the message's text to keep or shorten. Submitting it goes the way of every
 * form ({@link FormSubmissions}): {@code /opp note} with the message's author and permalink as the
 * form's fixed options, so the core checks and saves it like a typed note.
 */
@Component
@ConditionalOnSlack
class LogToDeal {

    static final String CALLBACK = "log_to_deal";

    private static final Logger log = LoggerFactory.getLogger(LogToDeal.class);
    private static final String ACTION = "value";

    private final CommandGateway gateway;
    private final Suggestions suggestions;
    private final SlackCallers callers;
    private final SlackWeb web;
    private final Localizer localizer;
    private final SlackWorkers workers;

    LogToDeal(
            App app,
            CommandGateway gateway,
            Suggestions suggestions,
            SlackCallers callers,
            SlackWeb web,
            Localizer localizer,
            SlackWorkers workers) {
        this.gateway = gateway;
        this.suggestions = suggestions;
        this.callers = callers;
        this.web = web;
        this.localizer = localizer;
        this.workers = workers;
        app.messageShortcut(CALLBACK, this::open);
        app.blockSuggestion(ACTION, this::suggest);
    }

    private Response open(MessageShortcutRequest request, MessageShortcutContext context) {
        MessageShortcutPayload payload = request.getPayload();
        // Ack first: who asked, the author's name and the permalink are Slack calls of their own, and
        // Slack drops a shortcut not acked in 3 s. The form still opens, as the trigger id lasts 3 s
        // from the click, not from the ack.
        workers.run("log to deal", () -> openForm(payload));
        return context.ack();
    }

    private void openForm(MessageShortcutPayload payload) {
        String channel =
                payload.getChannel() == null ? null : payload.getChannel().getId();
        Caller caller = callers.caller(
                payload.getTeam().getId(),
                payload.getTeam().getDomain(),
                payload.getUser().getId(),
                payload.getUser().getName(),
                channel);
        Message message = payload.getMessage();
        Map<String, String> fixed = new LinkedHashMap<>();
        putIfPresent(fixed, "author", author(message));
        putIfPresent(fixed, "link", permalink(channel, payload.getMessageTs()));
        FormMetadata metadata = new FormMetadata("/opp note", fixed, channel, payload.getResponseUrl(), false);
        String text = message == null || message.getText() == null ? "" : message.getText();
        try {
            web.openView(payload.getTriggerId(), view(text, metadata, gateway.reader(caller)));
        } catch (SlackCallFailed e) {
            log.warn("Could not open the log-to-deal form: {}", e.getMessage());
        }
    }

    /** The deals whose number or name holds what is typed, most recently active first (Slack shows 100). */
    private Response suggest(BlockSuggestionRequest request, BlockSuggestionContext context) {
        BlockSuggestionPayload payload = request.getPayload();
        if (!"deal".equals(payload.getBlockId())) {
            return context.ack(r -> r.options(List.of()));
        }
        Caller caller = callers.caller(
                payload.getTeam().getId(),
                payload.getTeam().getDomain(),
                payload.getUser().getId(),
                payload.getUser().getName(),
                null);
        ReplyLocale reader = gateway.reader(caller);
        List<Option> options =
                suggestions.suggest(caller, OptionType.DEAL, payload.getValue(), reader.language()).stream()
                        .limit(SlackLimits.OPTIONS)
                        .map(s -> new Option(Mrkdwn.plain(s.label(), SlackLimits.OPTION_TEXT), s.value()))
                        .toList();
        return context.ack(r -> r.options(options));
    }

    private View view(String text, FormMetadata metadata, ReplyLocale reader) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(InputBlock.builder()
                .blockId("deal")
                .label(Mrkdwn.plain(word("slack.log.deal", reader), 2000))
                .element(ExternalSelectElement.builder()
                        .actionId(ACTION)
                        .minQueryLength(0)
                        .placeholder(Mrkdwn.plain(word("slack.log.search", reader), 150))
                        .build())
                .build());
        blocks.add(InputBlock.builder()
                .blockId("text")
                .label(Mrkdwn.plain(word("slack.log.text", reader), 2000))
                .element(PlainTextInputElement.builder()
                        .actionId(ACTION)
                        .multiline(true)
                        .initialValue(text.isBlank() ? null : Mrkdwn.cut(text, SlackLimits.INPUT_VALUE))
                        .build())
                .build());
        return View.builder()
                .type("modal")
                .callbackId(ModalViews.CALLBACK)
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text(Mrkdwn.cut(word("slack.log.title", reader), 24))
                        .build())
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text(Mrkdwn.cut(word("slack.form.submit", reader), 24))
                        .build())
                .close(ViewClose.builder()
                        .type("plain_text")
                        .text(Mrkdwn.cut(word("slack.form.cancel", reader), 24))
                        .build())
                .privateMetadata(metadata.json())
                .blocks(blocks)
                .build();
    }

    /** Who wrote the message: their name on Slack, or their id if Slack will not say; a bot's name. */
    private String author(Message message) {
        if (message == null) {
            return null;
        }
        if (message.getUser() == null) {
            return message.getUsername() != null ? message.getUsername() : message.getBotId();
        }
        try {
            com.slack.api.model.User user = web.user(message.getUser());
            return user.getRealName() != null && !user.getRealName().isBlank() ? user.getRealName() : user.getName();
        } catch (SlackCallFailed e) {
            return message.getUser();
        }
    }

    private String permalink(String channel, String messageTs) {
        if (channel == null || messageTs == null) {
            return null;
        }
        try {
            return web.permalink(channel, messageTs);
        } catch (SlackCallFailed e) {
            log.warn("No permalink for a logged message: {}", e.getMessage());
            return null;
        }
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private String word(String key, ReplyLocale reader) {
        return localizer.text(io.salesbot.reply.Message.of(key), reader);
    }
}
