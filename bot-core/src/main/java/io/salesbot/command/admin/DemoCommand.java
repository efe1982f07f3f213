package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.demo.DemoPipeline;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import org.springframework.stereotype.Component;

/** {@code /salesbot demo}: a sample pipeline in an empty workspace, to see everything at once. */
@Component
class DemoCommand implements Command {

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "demo");

    private final DemoPipeline demo;

    DemoCommand(DemoPipeline demo) {
        this.demo = demo;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        int deals = demo.fill(context.actor());
        return new BotReply.Text(Message.of("reply.demo.filled", deals), Visibility.PRIVATE);
    }
}
