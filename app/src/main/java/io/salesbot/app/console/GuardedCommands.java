package io.salesbot.app.console;

import io.salesbot.command.Answer;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a session alive through a bug: the core promises never to throw for anything typed, but if
 * it does anyway the person reads a short apology (details go to the log on stderr), the session
 * goes on, and {@link #failed()} lets a script's exit code tell.
 */
final class GuardedCommands implements ConsoleCommands {

    private static final Logger log = LoggerFactory.getLogger(GuardedCommands.class);

    private final ConsoleCommands core;
    private ReplyLocale lastReader;
    private boolean failed;

    GuardedCommands(ConsoleCommands core) {
        this.core = core;
    }

    @Override
    public Answer handle(String commandLine) {
        return guard(() -> core.handle(commandLine));
    }

    @Override
    public Answer submit(String command, Map<String, String> options) {
        return guard(() -> core.submit(command, options));
    }

    /** A check that fails is no check: the submission will still judge the value. */
    @Override
    public Optional<Answer> checkField(String command, String option, String value) {
        try {
            return core.checkField(command, option, value);
        } catch (RuntimeException bug) {
            log.warn("Could not check the form field {}", option, bug);
            return Optional.empty();
        }
    }

    /** The workspace's language, or English when the workspace cannot be read. */
    @Override
    public ReplyLocale reader() {
        try {
            lastReader = core.reader();
        } catch (RuntimeException unavailable) {
            log.warn("Could not read the workspace's language; using English", unavailable);
            lastReader = ReplyLocale.of("en", ZoneId.systemDefault());
        }
        return lastReader;
    }

    boolean failed() {
        return failed;
    }

    private Answer guard(Supplier<Answer> command) {
        try {
            Answer answer = command.get();
            lastReader = answer.reader();
            return answer;
        } catch (RuntimeException bug) {
            log.error("The command failed", bug);
            failed = true;
            ReplyLocale reader = lastReader != null ? lastReader : reader();
            return new Answer(new BotReply.Text(Message.of("console.failed"), Visibility.PRIVATE), reader);
        }
    }
}
