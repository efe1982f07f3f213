package io.salesbot.slack.handlers;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.salesbot.command.Answer;
import io.salesbot.command.CommandCatalog;
import io.salesbot.command.CommandGateway;
import io.salesbot.command.CommandSpec;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.RecentKeys;
import io.salesbot.slack.SlackCallers;
import io.salesbot.slack.SlackSettings;
import io.salesbot.slack.SlackWorkers;
import io.salesbot.slack.blocks.BlockKit;
import io.salesbot.slack.blocks.Rendered;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every root of the command catalogue ({@code /opp}, {@code /lead}, {@code /pipeline}, ...): the
 * text after the command is handed to the core as one line; a command that takes a file goes to
 * {@link SlackImports}. An answer
 * ready within the ack budget ({@code salesbot.slack.ack-budget}) is the ack itself; a slower one
 * is acked empty and follows through the response_url, so Slack's 3-second limit is never missed.
 */
@Component
@ConditionalOnSlack
class SlashCommands {

    private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

    private final CommandGateway gateway;
    private final HomeTab home;
    private final SlackImports imports;
    private final SlackCallers callers;
    private final BlockKit kit;
    private final Replier replier;
    private final SlackWorkers workers;
    private final Welcome welcome;
    private volatile Duration ackBudget;
    // A repeated delivery of the same command carries the same trigger id; run it once.
    private final RecentKeys seen = new RecentKeys(Duration.ofMinutes(10), Clock.systemUTC());

    SlashCommands(
            App app,
            CommandGateway gateway,
            SlackCallers callers,
            BlockKit kit,
            Replier replier,
            SlackWorkers workers,
            Welcome welcome,
            SlackImports imports,
            SlackSettings settings,
            CommandCatalog catalog,
            HomeTab home) {
        this.home = home;
        this.imports = imports;
        this.ackBudget = settings.ackBudget();
        this.gateway = gateway;
        this.callers = callers;
        this.kit = kit;
        this.replier = replier;
        this.workers = workers;
        this.welcome = welcome;
        catalog.roots().forEach(root -> app.command("/" + root, this::handle));
    }

    /** How long to wait for an answer before acking empty and answering later (zero: never wait). */
    void ackBudget(Duration budget) {
        this.ackBudget = budget;
    }

    private Response handle(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        if (!seen.first(payload.getTriggerId())) {
            return context.ack();
        }
        String line = payload.getCommand() + " " + SlackText.plain(payload.getText());
        Optional<CommandSpec> takingFile = imports.takingFile(payload.getCommand(), payload.getText());
        // One task for both steps: chained stages could run the command on Bolt's own thread.
        CompletableFuture<Asked> pending = workers.supply(() -> {
            Conversation from = conversation(payload);
            Answer answer = welcome.greetNewcomers(
                    takingFile.isPresent()
                            ? imports.run(from, takingFile.get(), payload.getText())
                            : gateway.handle(from.caller(), line));
            home.refreshAfter(from.caller(), answer.reply());
            return new Asked(from, answer);
        });
        Asked asked;
        try {
            asked = withinBudget(pending);
        } catch (ExecutionException e) {
            // The core never throws for user input; this is a bug of ours, already logged here.
            log.error("Slash command failed", e);
            return context.ack();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return context.ack();
        }
        if (asked == null) {
            pending.whenComplete((late, failure) -> {
                if (failure != null) {
                    log.error("Slash command failed after the ack", failure);
                } else {
                    workers.run("late answer", () -> replier.after(late.answer(), late.from(), false));
                }
            });
            return context.ack();
        }
        return reply(asked.answer(), asked.from(), context);
    }

    /** Who asked, and the core's answer. */
    private record Asked(Conversation from, Answer answer) {}

    /**
     * The answer if it is ready within the ack budget, else null (answered later by response_url).
     * A zero budget never waits, even for an answer that happens to be ready.
     */
    private Asked withinBudget(CompletableFuture<Asked> pending) throws ExecutionException, InterruptedException {
        if (ackBudget.isZero()) {
            return null;
        }
        try {
            return pending.get(ackBudget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            return null;
        }
    }

    private Response reply(Answer answer, Conversation from, SlashCommandContext context) {
        Rendered rendered = kit.render(answer.reply(), answer.reader());
        if (rendered.form() != null) {
            replier.openForm(answer, rendered.form(), from, false);
        }
        if (rendered.hasUploads()) {
            workers.run("upload", () -> replier.uploadFiles(answer, rendered, from));
        }
        if (!rendered.hasMessage()) {
            return context.ack();
        }
        return context.ack(SlashCommandResponse.builder()
                .responseType(rendered.responseType())
                .text(rendered.text())
                .blocks(rendered.blocks())
                .build());
    }

    private Conversation conversation(SlashCommandPayload payload) {
        return new Conversation(
                callers.caller(
                        payload.getTeamId(),
                        payload.getTeamDomain(),
                        payload.getUserId(),
                        payload.getUserName(),
                        payload.getChannelId()),
                payload.getTriggerId(),
                payload.getResponseUrl(),
                payload.getChannelId(),
                payload.getUserId());
    }
}
