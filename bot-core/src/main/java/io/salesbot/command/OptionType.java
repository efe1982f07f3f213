package io.salesbot.command;

/** What an option holds; platforms use it to pick an input (Discord option type, Slack form element). */
public enum OptionType {
    TEXT,
    DEAL,
    LEAD,
    MEMBER,
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
    /** A file: a path on the console; on chat platforms the adapter sends the uploaded file's text. */
    FILE,
    CHOICE
}
