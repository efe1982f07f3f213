package io.salesbot.slack.http;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import io.salesbot.command.Answer;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.Message;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.slack.blocks.BlockKit;
import io.salesbot.workspace.Platform;
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

    private final CommandGateway gateway;
    private final BlockKit kit;

    UnreadableText(CommandGateway gateway, BlockKit kit) {
        this.gateway = gateway;
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
        // The workspace's language when we know the team; asking writes nothing.
        Message why = Message.of("slack.text.notUtf8", command);
        Answer refused = gateway.refuse(Platform.SLACK, body.fields().get("team_id"), why);
        return Response.json(
                200,
                SlashCommandResponse.builder()
                        .responseType("ephemeral")
                        .text(kit.text(why, refused.reader()))
                        .build());
    }
}
