package io.salesbot.command;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.ReplyLocale;

/**
 * The reply to a command and the reader it is for, ready for a platform renderer. {@code
 * newWorkspace} says the command was the first contact of a workspace the core created for it,
 * for an adapter that greets new workspaces (Slack's welcome).
 */
public record Answer(BotReply reply, ReplyLocale reader, boolean newWorkspace) {

    public Answer(BotReply reply, ReplyLocale reader) {
        this(reply, reader, false);
    }
}
