package io.salesbot.command;

/** What an option holds; platforms use it to pick an input (Discord option type, Slack form element). */
public enum OptionType {
    TEXT,
    DEAL,
    LEAD,
    /** A member: a display name, or {@code @id} (adapters turn their platform's mention into it). */
    MEMBER,
    /**
     * Words that may name a channel as {@code #id} or {@code #name} (adapters turn their
     * platform's channel mention into {@code #id}); without one, the channel typed in.
     */
    CHANNEL,
    STAGE,
    TYPE,
    CAMPAIGN,
    SOURCE,
    PRODUCT,
    AMOUNT,
    DATE,
    PROBABILITY,
    QUANTITY,
    PERCENT,
    NUMBER,
    FLAG,
    /** A file: the adapter fetches it (an upload, a path on the console) and sends it as an {@link Upload}. */
    FILE,
    CHOICE
}
