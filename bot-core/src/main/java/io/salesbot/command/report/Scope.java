package io.salesbot.command.report;

import io.salesbot.command.CommandContext;
import io.salesbot.command.Keywords;

/** Whose numbers: {@code mine}, {@code team} (or nothing), or {@code @someone}. */
final class Scope {

    /** The words that name whose numbers rather than a member, in English or Thai. */
    static boolean isScopeWord(String word) {
        return Keywords.among(word, java.util.List.of("mine", "me", "team", "all"))
                .isPresent();
    }

    private Scope() {}

    /** The member to filter by, as a platform user id or name; null for the whole team. */
    static String owner(CommandContext context, String who) {
        if (who == null || Keywords.is(who, "team") || Keywords.is(who, "all")) {
            return null;
        }
        if (Keywords.is(who, "mine") || Keywords.is(who, "me")) {
            return context.userId();
        }
        return who;
    }
}
