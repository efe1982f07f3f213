package io.salesbot.demo;

/**
 * One sample deal: who owns it, where it stands, its products and when things happened, in days
 * from today (negative = past). {@code outcome} is a stage name, "won" or "lost:reason".
 */
record DemoDeal(
        String owner,
        String name,
        String customer,
        String type,
        String campaign,
        String source,
        String product,
        int quantity,
        String outcome,
        int createdDaysAgo,
        int closeInDays) {}
