package io.salesbot.forecast;

/** How a forecast period is broken down. */
public enum GroupBy {
    NONE,
    REP,
    TYPE,
    CAMPAIGN,
    /** By forecast category: Closed, Commit, Best case, Pipeline, and the Omitted deals apart. */
    CATEGORY
}
