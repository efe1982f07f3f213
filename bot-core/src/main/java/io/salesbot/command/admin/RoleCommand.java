package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.MemberView;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@code /salesbot role @user rep|manager|admin} (admins; the service checks). */
@Component
class RoleCommand implements Command {

    static final Option<String> MEMBER =
            Option.string("member", OptionType.MEMBER).positional().required();
    static final Option<String> ROLE =
            Option.choice("role", "rep", "manager", "admin").positional();

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "role", MEMBER, ROLE);

    private final WorkspaceService workspaces;

    RoleCommand(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String role = arguments.require(ROLE);
        MemberView member = workspaces.changeRole(
                context.actor(), arguments.require(MEMBER), Role.valueOf(role.toUpperCase(Locale.ROOT)));
        return new BotReply.Text(
                Message.of(
                        "reply.admin.role", member.displayName(), Message.of("role." + role.toLowerCase(Locale.ROOT))),
                Visibility.PRIVATE);
    }
}
