package io.salesbot.reply;

/**
 * A button on a deal card or under a prompt. Pressing it runs {@code command} (a command line of the shared
 * language, e.g. {@code /opp won #42 version:3}) as the person who pressed it; the version makes a
 * button on an old card fail as a conflict instead of undoing someone's change.
 */
public record CardAction(Kind kind, Message label, String command) {

    /** What the button does, so platforms can style it (won is green, lost is red). */
    public enum Kind {
        NEXT_STAGE,
        WON,
        LOST,
        ADD_PRODUCT,
        EDIT,
        HISTORY,
        REOPEN,
        /** Shows the deal's card, e.g. from a notification. */
        OPEN,
        /**
         * Puts the deal in a forecast category. A card's CATEGORY actions are one menu, not buttons:
         * each is an entry (its label, its command); platforms that have menus draw them as one.
         */
        CATEGORY,
        /** Marks a task done. */
        DONE,
        /** Puts a task off (a day, a week, or to a date picked in a form). */
        SNOOZE
    }
}
