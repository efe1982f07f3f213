package io.salesbot.command;

import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.WorkspaceSettings;

/**
 * Everything a handler needs besides the input: who asks (and their platform user id), their
 * workspace's settings, the reader, and the calendar its option values are read against.
 */
public record CommandContext(
        Actor actor,
        String userId,
        String channel,
        WorkspaceSettings workspace,
        ReplyLocale reader,
        WorkspaceCalendar calendar) {

    public String currency() {
        return workspace.currency();
    }
}
