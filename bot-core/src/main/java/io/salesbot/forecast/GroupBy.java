package io.salesbot.forecast;

/** How a forecast period is broken down. */
public enum GroupBy {
    NONE,
    REP,
    TYPE,
    CAMPAIGN
}
