package io.salesbot.opportunity;

/** Which deal a reference names, for records that point at a deal (a task, an activity). */
public record DealKey(long id, int number, String name, long ownerId) {}
