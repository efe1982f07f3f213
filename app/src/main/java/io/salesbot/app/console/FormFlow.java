package io.salesbot.app.console;

import io.salesbot.command.Answer;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.FormField;
import io.salesbot.reply.ReplyLocale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A form at a terminal from start to end: ask every field, submit the answers with the form's
 * fixed options, and when the core rejects one field ask for that field again instead of all.
 */
final class FormFlow {

    // Enough for typos; a core that keeps rejecting gets its error shown instead.
    private static final int RETRIES = 5;

    private final ConsoleCommands commands;
    private final FormPrompter prompter;
    private final ConsoleRenderer renderer;
    private final ConsoleIO io;

    FormFlow(ConsoleCommands commands, FormPrompter prompter, ConsoleRenderer renderer, ConsoleIO io) {
        this.commands = commands;
        this.prompter = prompter;
        this.renderer = renderer;
        this.io = io;
    }

    /**
     * The answer to the submitted form, or null when the person cancelled. Notifications and log
     * lines that arrive meanwhile wait until the form is done.
     */
    Answer complete(BotReply.Form form, ReplyLocale reader) {
        io.holdAbove(true);
        try {
            return fillAndSubmit(form, reader);
        } finally {
            io.holdAbove(false);
        }
    }

    private Answer fillAndSubmit(BotReply.Form form, ReplyLocale reader) {
        Map<String, String> values = prompter.fill(form, reader);
        for (int round = 0; values != null; round++) {
            Map<String, String> options = new LinkedHashMap<>(values);
            options.putAll(form.fixed() == null ? Map.of() : form.fixed());
            Answer answer = commands.submit(form.command(), options);
            Optional<FormField> wrong = wrongField(form, answer.reply());
            if (wrong.isEmpty() || round >= RETRIES) {
                return answer;
            }
            io.out().println(renderer.render(answer.reply(), answer.reader(), io.width()));
            String value = prompter.ask(form.command(), wrong.get(), answer.reader());
            if (value == null) {
                return null;
            }
            if (value.isEmpty()) {
                values.remove(wrong.get().option());
            } else {
                values.put(wrong.get().option(), value);
            }
        }
        return null;
    }

    private static Optional<FormField> wrongField(BotReply.Form form, BotReply reply) {
        if (reply instanceof BotReply.Error error && error.field() != null) {
            return form.fields().stream()
                    .filter(field -> field.option().equals(error.field()))
                    .findFirst();
        }
        return Optional.empty();
    }
}
