package io.salesbot.command;

import io.salesbot.reply.BotReply;
import io.salesbot.workspace.Role;
import java.util.Set;

/** Handles the commands of one feature; the gateway picks the handler by command name. */
public interface CommandHandler {

    /** Names as in {@link CommandSpec#name()}: {@code "opp new"}, {@code "pipeline"}. */
    Set<String> handles();

    BotReply handle(CommandContext context, CommandInput input);

    /**
     * The least role that may run {@code command}, checked by the gateway before the handler runs
     * and before an adapter fetches anything for it (an uploaded file). Services still check their
     * own rules; this is for commands whose very input must not be touched on behalf of others.
     */
    default Role requiredRole(CommandSpec command) {
        return Role.REP;
    }
}
