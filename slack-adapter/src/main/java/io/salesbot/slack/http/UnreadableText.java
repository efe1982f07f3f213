package io.salesbot.slack.http;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.blocks.BlockKit;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.WorkspaceSettings;
import io.salesbot.workspace.Workspaces;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers a signed request whose text is not valid UTF-8, without running it: nothing is stored,
 * since what we would store is not what was typed. A slash command gets an ephemeral reply in the
 * workspace's language saying why; anything else (a button, a form, an event) gets a 400, which
 * Slack shows as a failed action. Only a request whose signature the {@link RequestGate} has
 * verified comes here.
 */
@Component
@ConditionalOnSlack(ConditionalOnSlack.Mode.HTTP)
class UnreadableText {

    private static final Logger log = LoggerFactory.getLogger(UnreadableText.class);
    private static final ReplyLocale FALLBACK = ReplyLocale.of("en", ZoneOffset.UTC);

    private final Workspaces workspaces;
    private final BlockKit kit;

    UnreadableText(Workspaces workspaces, BlockKit kit) {
        this.workspaces = workspaces;
        this.kit = kit;
    }

    Response answer(CheckedBody body) {
        // Which field, never its bytes: they are hostile by assumption.
        log.warn("Refused a Slack request: its {} is not valid UTF-8", body.unreadable());
        String command = body.fields().get("command");
        if (command == null) {
            return Response.builder()
                    .statusCode(400)
                    .contentType("text/plain; charset=utf-8")
                    .body("The " + body.unreadable() + " of this request is not valid UTF-8 text.")
                    .build();
        }
        String why = kit.text(
                Message.of("slack.text.notUtf8", command), reader(body.fields().get("team_id")));
        return Response.json(
                200,
                SlashCommandResponse.builder()
                        .responseType("ephemeral")
                        .text(why)
                        .build());
    }

    /** The workspace's language when we know the team; reading it writes nothing. */
    private ReplyLocale reader(String teamId) {
        if (teamId == null) {
            return FALLBACK;
        }
        return workspaces
                .findByPlatformAndExternalId(Platform.SLACK, teamId)
                .map(WorkspaceSettings::of)
                .map(settings -> ReplyLocale.of(settings.language(), settings.zone()))
                .orElse(FALLBACK);
    }
}
