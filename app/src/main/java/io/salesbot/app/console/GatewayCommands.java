package io.salesbot.app.console;

import io.salesbot.command.Answer;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.command.FileCommand;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.Map;
import java.util.Optional;

/**
 * The console's caller talking to the real core: one local workspace whose only member, the
 * person at the keyboard, is its admin (they own the machine and the database on it). A command
 * that takes a file gets it read from the path typed ({@link LocalFiles}), once the core has let
 * the person run it.
 */
final class GatewayCommands implements ConsoleCommands {

    /** The terminal is the console workspace's one channel: channel settings apply to it. */
    static final String CHANNEL = "console";

    private final CommandGateway gateway;
    private final Caller caller;

    GatewayCommands(CommandGateway gateway, String userName) {
        this(gateway, userName, "local");
    }

    GatewayCommands(CommandGateway gateway, String userName, String workspace) {
        this.gateway = gateway;
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
        Optional<FileCommand> withFile = gateway.takingFile(commandLine);
        if (withFile.isEmpty() || withFile.get().file() == null) {
            return gateway.handle(caller, commandLine);
        }
        FileCommand command = withFile.get();
        return gateway.handle(caller, command.command(), command.options(), () -> LocalFiles.read(command.file()));
    }

    @Override
    public Answer submit(String command, Map<String, String> options) {
        return gateway.submit(caller, command, options);
    }

    @Override
    public Optional<Answer> checkField(String command, String option, String value) {
        return gateway.checkField(caller, command, option, value);
    }

    @Override
    public ReplyLocale reader() {
        return gateway.reader(caller);
    }
}
