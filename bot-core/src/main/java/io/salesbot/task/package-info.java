/**
 * Tasks: things a member is to do, perhaps for a deal, perhaps by a day and time; numbered per
 * workspace ({@code T-12}). {@link io.salesbot.task.TaskService} is the one way in.
 */
package io.salesbot.task;
