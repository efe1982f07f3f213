package io.salesbot.reply;

/** Who sees a reply: only the person who asked, or everyone in the channel where they asked. */
public enum Visibility {
    PRIVATE,
    CHANNEL
}
