package io.salesbot.command.task;

import io.salesbot.reply.Message;
import io.salesbot.task.TaskView;
import java.util.ArrayList;
import java.util.List;

/** How a task reads in a sentence: its number and text, then whose it is, when due, which deal. */
final class TaskReplies {

    private TaskReplies() {}

    /** {@code key} with the task's label, its text and its details ({@code for Ann, due 1 Dec 2026 14:00, deal #4 Acme}). */
    static Message about(String key, TaskView task) {
        List<Message> details = new ArrayList<>();
        details.add(Message.of("task.owner", task.ownerName()));
        if (task.due() != null) {
            details.add(Message.of(task.overdue() ? "task.overdue" : "task.due", task.dueShown()));
        }
        if (task.dealNumber() != null) {
            details.add(Message.of("task.deal", task.dealNumber(), task.dealName()));
        }
        return Message.of(key, task.label(), task.text(), details);
    }

    /** The due cell of a list: the moment, said to be late when it is. */
    static Object dueCell(TaskView task) {
        if (task.due() == null) {
            return null;
        }
        return task.overdue() ? Message.of("task.overdueCell", task.dueShown()) : task.dueShown();
    }

    /** {@code headline}, and a warning when the task was already late as it was set. */
    static Message warnIfLate(Message headline, TaskView task) {
        return task.overdue()
                ? Message.of("reply.deal.withNotice", headline, Message.of("reply.task.duePast"))
                : headline;
    }
}
