package io.salesbot.opportunity;

/** What a history entry is about. */
public enum ChangeField {
    CREATED,
    STAGE,
    REOPENED,
    NAME,
    CUSTOMER,
    TYPE,
    AMOUNT,
    PROBABILITY,
    /** The forecast category ({@link ForecastCategory}'s name); changed by its owner or following its stage. */
    CATEGORY,
    CLOSE_DATE,
    /** The close date became the day the deal was won or lost; {@code from} is the date it had while open. */
    CLOSED_ON,
    OWNER,
    CAMPAIGN,
    LEAD_SOURCE,
    LOST_REASON,
    DESCRIPTION,
    LINE_ADDED,
    LINE_REMOVED,
    /** What is to be done next on the deal ({@code /opp next}). */
    NEXT_STEP,
    /** The day the next step is due by. */
    NEXT_STEP_DUE,
    /** Stale alerts held until the day in {@code to}, the reason as the entry's note ({@code /opp snooze}). */
    SNOOZED
}
