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
    CLOSE_DATE,
    OWNER,
    CAMPAIGN,
    LEAD_SOURCE,
    LOST_REASON,
    DESCRIPTION,
    LINE_ADDED,
    LINE_REMOVED
}
