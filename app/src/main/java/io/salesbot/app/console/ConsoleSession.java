package io.salesbot.app.console;

import io.salesbot.command.Answer;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One console session: reads command lines until {@code exit}, {@code quit} or the end of input,
 * and prints one reply per command. Lines may omit the leading slash; blank lines and lines
 * starting with {@code #} are skipped, so a script can carry comments. At a terminal it greets,
 * prompts and walks through forms field by field; from a pipe it prints replies only.
 */
final class ConsoleSession {

    private static final Set<String> EXIT = Set.of("exit", "quit", "/exit", "/quit");
    private static final List<String> FIRST_COMMANDS =
            List.of("/opp help", "/salesbot demo", "/opp new \"Acme ERP\" amount:1.2m close:2026-12-31");

    private final GuardedCommands commands;
    private final ConsoleRenderer renderer;
    private final Localizer localizer;
    private final ConsoleIO io;
    private final FormFlow forms;
    private ReplyLocale reader;
    private boolean printed;

    ConsoleSession(ConsoleCommands commands, ConsoleRenderer renderer, Localizer localizer, ConsoleIO io) {
        this.commands = new GuardedCommands(commands);
        this.renderer = renderer;
        this.localizer = localizer;
        this.io = io;
        FormPrompter.FieldCheck check = (command, field, value) -> this.commands
                .checkField(command, field.option(), value)
                .map(error -> renderer.render(error.reply(), error.reader(), io.width()))
                .orElse(null);
        this.forms = new FormFlow(this.commands, new FormPrompter(localizer, io, check), renderer, io);
    }

    /** Runs until the end of input; 0, or 1 when a command failed unexpectedly (logged on stderr). */
    int run() {
        reader = commands.reader();
        if (io.interactive()) {
            welcome();
        }
        for (String line = next(); line != null; line = next()) {
            String command = line.strip();
            if (command.isEmpty() || command.startsWith("#")) {
                continue;
            }
            if (EXIT.contains(command.toLowerCase(Locale.ROOT))) {
                break;
            }
            show(commands.handle(FormWords.slashed(command)));
        }
        if (io.interactive()) {
            print(text("console.bye"));
        }
        io.out().flush();
        return commands.failed() ? 1 : 0;
    }

    private void welcome() {
        StringBuilder out = new StringBuilder(text("console.welcome"));
        FIRST_COMMANDS.forEach(command -> out.append("\n  ").append(command));
        print(out.append('\n').append(text("console.welcome.leave")).toString());
    }

    private String next() {
        while (true) {
            try {
                return io.readLine(text("console.prompt"), true);
            } catch (ConsoleIO.Interrupted ctrlC) {
                // Ctrl-C drops the line being typed, as in a shell; Ctrl-D or exit leaves.
            }
        }
    }

    private void show(Answer answer) {
        reader = answer.reader();
        if (answer.reply() instanceof BotReply.Form form && io.interactive()) {
            Answer submitted = forms.complete(form, reader);
            if (submitted == null) {
                print(text("console.form.cancelled"));
            } else {
                show(submitted);
            }
            return;
        }
        print(renderer.render(answer.reply(), reader, io.width()));
    }

    /**
     * Replies are parted by a blank line; at a terminal one also parts a reply from the next
     * prompt. Every line fits the width, the session's own words as well as replies.
     */
    private void print(String block) {
        if (printed && !io.interactive()) {
            io.out().println();
        }
        io.out().println(Wrapped.text(block, io.width()));
        if (io.interactive()) {
            io.out().println();
        }
        io.out().flush();
        printed = true;
    }

    private String text(String key) {
        return localizer.text(Message.of(key), reader);
    }
}
