package io.salesbot.notification;

import io.salesbot.common.Worded;
import java.util.Locale;

/** What a notification is about; the lower-case name is what people subscribe to. */
public enum NotificationKind implements Worded {
    NEW,
    STAGE,
    WON,
    LOST,
    DIGEST,
    REMINDER,
    /** The weekly forecast call: a rep's nudge to call, or the channel's roll-up. */
    CALL,
    /** A task fell due: a DM to its owner, never a channel's. */
    TASK,
    /** A member's morning "my day": a DM, never a channel's. */
    MYDAY,
    /** A deal gone stale: a DM to its owner, later to the managers (or why it is snoozed). */
    STALE;

    /** Whether a channel may hear it: what happens to deals (the rest are schedules and DMs). */
    public boolean isDealEvent() {
        return this == NEW || this == STAGE || this == WON || this == LOST;
    }

    /** The keyword people subscribe with ({@code won}); read, it is the event's name in their language. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String messageKey() {
        return "event." + word();
    }
}
