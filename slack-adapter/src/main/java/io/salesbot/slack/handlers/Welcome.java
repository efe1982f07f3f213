package io.salesbot.slack.handlers;

import io.salesbot.command.Answer;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.slack.ConditionalOnSlack;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The first command in a new Slack workspace also gets a short welcome telling an admin what to
 * set up. The core says in the answer itself whether the command created the workspace ({@link
 * Answer#newWorkspace()}), so nothing ties an event to a thread.
 */
@Component
@ConditionalOnSlack
class Welcome {

    Answer greetNewcomers(Answer answer) {
        if (!answer.newWorkspace()) {
            return answer;
        }
        BotReply welcome = new BotReply.Text(Message.of("slack.welcome"), Visibility.PRIVATE);
        BotReply both = new BotReply.Many(
                List.of(welcome, answer.reply()), answer.reply().visibility());
        return new Answer(both, answer.reader(), true);
    }
}
