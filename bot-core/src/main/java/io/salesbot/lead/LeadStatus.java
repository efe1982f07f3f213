package io.salesbot.lead;

/** Where a lead stands. Converted and dropped leads are final. */
public enum LeadStatus {
    OPEN,
    CONVERTED,
    DROPPED
}
