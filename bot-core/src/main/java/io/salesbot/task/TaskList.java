package io.salesbot.task;

import java.util.List;

/**
 * Tasks in the order people work them (late first, then by due moment, undated last), at most
 * the query's limit of them, and how many there are in all. {@code team} says whether they are
 * the whole team's; {@code memberName} names whose they are otherwise.
 */
public record TaskList(List<TaskView> tasks, long total, boolean team, String memberName) {

    public TaskList {
        tasks = List.copyOf(tasks);
    }
}
