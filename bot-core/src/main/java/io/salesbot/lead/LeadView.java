package io.salesbot.lead;

/** A lead as shown to people; {@code dealNumber} is set once converted. */
public record LeadView(
        int number,
        String name,
        String company,
        String contact,
        String source,
        LeadStatus status,
        String dropReason,
        String ownerName,
        Integer dealNumber) {}
