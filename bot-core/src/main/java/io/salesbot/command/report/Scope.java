package io.salesbot.command.report;

import io.salesbot.command.CommandContext;

/** Whose numbers: {@code mine}, {@code team} (or nothing), or {@code @someone}. */
final class Scope {

    private Scope() {}

    /** The member to filter by, as a platform user id or name; null for the whole team. */
    static String owner(CommandContext context, String who) {
        if (who == null || who.equalsIgnoreCase("team") || who.equalsIgnoreCase("all")) {
            return null;
        }
        if (who.equalsIgnoreCase("mine") || who.equalsIgnoreCase("me")) {
            return context.userId();
        }
        return who;
    }
}
