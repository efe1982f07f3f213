package io.salesbot.command;

import io.salesbot.reply.BotReply;
import java.util.Set;

/** Handles the commands of one feature; the gateway picks the handler by command name. */
public interface CommandHandler {

    /** Names as in {@link CommandSpec#name()}: {@code "opp new"}, {@code "pipeline"}. */
    Set<String> handles();

    BotReply handle(CommandContext context, CommandInput input);
}
