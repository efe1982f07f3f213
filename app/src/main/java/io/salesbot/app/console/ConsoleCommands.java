package io.salesbot.app.console;

import io.salesbot.command.Answer;
import io.salesbot.reply.ReplyLocale;
import java.util.Map;
import java.util.Optional;

/**
 * What a console session needs from the core, already bound to the console's caller: run a command
 * line, submit a filled-in form, and say which language the workspace reads (for the console's
 * own words before any answer has told it).
 */
interface ConsoleCommands {

    Answer handle(String commandLine);

    Answer submit(String command, Map<String, String> options);

    ReplyLocale reader();

    /**
     * The error on a form field whose value does not read as its option's type (an amount, a
     * date), checked as soon as it is typed; empty when it reads.
     */
    default Optional<Answer> checkField(String command, String option, String value) {
        return Optional.empty();
    }
}
