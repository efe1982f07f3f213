package io.salesbot.command.admin;

import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandHandler;
import io.salesbot.command.CommandInput;
import io.salesbot.demo.DemoPipeline;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /salesbot demo}: a sample pipeline in an empty workspace, to see everything at once. */
@Component
class DemoCommand implements CommandHandler {

    private final DemoPipeline demo;

    DemoCommand(DemoPipeline demo) {
        this.demo = demo;
    }

    @Override
    public Set<String> handles() {
        return Set.of("salesbot demo");
    }

    @Override
    public BotReply handle(CommandContext context, CommandInput input) {
        int deals = demo.fill(context.actor());
        return new BotReply.Text(Message.of("reply.demo.filled", deals), Visibility.PRIVATE);
    }
}
