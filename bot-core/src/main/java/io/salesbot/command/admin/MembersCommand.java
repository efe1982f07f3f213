package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.WorkspaceService;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@code /salesbot members}: who is in the workspace, with their roles. */
@Component
class MembersCommand implements Command {

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "members");

    private final WorkspaceService workspaces;

    MembersCommand(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        List<List<Object>> rows = workspaces.members(context.actor()).stream()
                .map(member -> Arrays.<Object>asList(
                        member.displayName(),
                        member.platformUserId(),
                        Message.of("role." + member.role().name().toLowerCase(Locale.ROOT))))
                .toList();
        return new BotReply.Table(
                Message.of("reply.admin.members"),
                List.of(Message.of("column.name"), Message.of("column.userId"), Message.of("column.role")),
                rows,
                List.of(),
                Visibility.PRIVATE);
    }
}
