package io.salesbot.notification;

import java.util.Locale;

/** What a notification is about; the lower-case name is what people subscribe to. */
public enum NotificationKind {
    NEW,
    STAGE,
    WON,
    LOST,
    DIGEST,
    REMINDER;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
