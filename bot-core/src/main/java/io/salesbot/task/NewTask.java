package io.salesbot.task;

import io.salesbot.values.Due;

/**
 * A task as typed: what to do, the deal it is for ({@code deal}, a reference; null: none), when it
 * is due (null: no day) and whose it is ({@code owner}, a member reference; null: the creator's).
 */
public record NewTask(String text, String deal, Due due, String owner) {}
