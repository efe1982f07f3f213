package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.WorkspaceService;
import org.springframework.stereotype.Component;

/** {@code /salesbot timezone Asia/Bangkok}: decides "today" and the periods. */
@Component
class TimeZoneCommand implements Command {

    static final Option<String> ZONE = Option.text("zone").positional().required();

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "timezone", ZONE);

    private final WorkspaceService workspaces;

    TimeZoneCommand(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String zone = workspaces
                .changeTimeZone(context.actor(), arguments.require(ZONE))
                .zone()
                .getId();
        return new BotReply.Text(Message.of("reply.admin.timezone", zone), Visibility.PRIVATE);
    }
}
