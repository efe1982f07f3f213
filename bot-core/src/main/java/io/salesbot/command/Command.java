package io.salesbot.command;

import io.salesbot.reply.BotReply;

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
}
