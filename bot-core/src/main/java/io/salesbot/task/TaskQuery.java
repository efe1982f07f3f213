package io.salesbot.task;

/** What to list: a scope, and the member when the scope is {@link TaskScope#MEMBER}. */
public record TaskQuery(TaskScope scope, String member, int limit) {}
