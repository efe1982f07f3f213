package io.salesbot.command;

import io.salesbot.reply.Message;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;

/**
 * A hint that suggests a command only to who may run it: {@code key} for a reader with {@code
 * needed}, else {@code key.ask}, which says who to ask instead of offering a command they would be
 * refused.
 */
public final class Hints {

    private Hints() {}

    public static Message forRole(Actor reader, Role needed, String key, Object... args) {
        return Message.of(reader.role().includes(needed) ? key : key + ".ask", args);
    }
}
