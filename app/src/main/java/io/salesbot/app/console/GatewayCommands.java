package io.salesbot.app.console;

import io.salesbot.command.Answer;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import io.salesbot.workspace.WorkspaceService;
import io.salesbot.workspace.WorkspaceSettings;
import java.util.Map;

/**
 * The console's caller talking to the real core: one local workspace whose only member, the
 * person at the keyboard, is its admin (they own the machine and the database on it).
 */
final class GatewayCommands implements ConsoleCommands {

    /** The terminal is the console workspace's one channel: channel settings apply to it. */
    static final String CHANNEL = "console";

    private final CommandGateway gateway;
    private final WorkspaceService workspaces;
    private final Caller caller;

    GatewayCommands(CommandGateway gateway, WorkspaceService workspaces, String userName) {
        this(gateway, workspaces, userName, "local");
    }

    GatewayCommands(CommandGateway gateway, WorkspaceService workspaces, String userName, String workspace) {
        this.gateway = gateway;
        this.workspaces = workspaces;
        // No user language: the workspace's language setting (/salesbot language th) applies.
        this.caller = new Caller(
                new Visitor(Platform.CONSOLE, workspace, "Local workspace", "console", userName, Role.ADMIN),
                null,
                CHANNEL);
    }

    /** The OS user's name, or "you" when the system does not say. */
    static String userName(String osUser) {
        return osUser == null || osUser.isBlank() ? "you" : osUser;
    }

    @Override
    public Answer handle(String commandLine) {
        return gateway.handle(caller, commandLine);
    }

    @Override
    public Answer submit(String command, Map<String, String> options) {
        return gateway.submit(caller, command, options);
    }

    @Override
    public ReplyLocale reader() {
        WorkspaceSettings settings = workspaces.settings(workspaces.enter(caller.visitor()));
        return ReplyLocale.of(settings.language(), settings.zone());
    }
}
