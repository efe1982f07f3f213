package io.salesbot.slack.handlers;

import io.salesbot.command.Answer;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.slack.ConditionalOnSlack;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.WorkspaceCreated;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first command in a new Slack workspace also gets a short welcome telling an admin what to
 * set up. The core announces a new workspace with {@link WorkspaceCreated}, published on the thread
 * that runs the command, so a thread-local flag ties the event to the answer it belongs to.
 */
@Component
@ConditionalOnSlack
class Welcome {

    private final ThreadLocal<boolean[]> watching = new ThreadLocal<>();

    Answer greetNewcomers(Supplier<Answer> command) {
        boolean[] created = {false};
        watching.set(created);
        try {
            Answer answer = command.get();
            if (!created[0]) {
                return answer;
            }
            BotReply welcome = new BotReply.Text(Message.of("slack.welcome"), Visibility.PRIVATE);
            BotReply both = new BotReply.Many(
                    List.of(welcome, answer.reply()), answer.reply().visibility());
            return new Answer(both, answer.reader());
        } finally {
            watching.remove();
        }
    }

    @EventListener
    void on(WorkspaceCreated event) {
        boolean[] created = watching.get();
        if (created != null && event.platform() == Platform.SLACK) {
            created[0] = true;
        }
    }
}
