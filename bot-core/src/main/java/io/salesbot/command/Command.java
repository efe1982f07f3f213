package io.salesbot.command;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.ReplyLocale;

/**
 * One command of the language: its declaration and its handler in one unit. Each command is a
 * bean; the {@link CommandCatalog} is built from all of them, so whatever is declared is handled and
 * help, the parser and every platform's registration see the same list.
 *
 * <p>The handler reads its options through {@link Arguments} with the {@link Option} constants its
 * {@link #spec()} declares. {@code spec()} returns a constant and touches no state.
 */
public interface Command {

    CommandSpec spec();

    BotReply handle(CommandContext context, Arguments arguments);

    /**
     * Who reads the reply once the command has run: the caller's reader, unless the command
     * changed how they read (a new language is confirmed in that language).
     */
    default ReplyLocale readerAfter(CommandContext context, Arguments arguments) {
        return context.reader();
    }
}
