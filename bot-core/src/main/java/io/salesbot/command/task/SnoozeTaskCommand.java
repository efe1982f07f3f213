package io.salesbot.command.task;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Visibility;
import io.salesbot.task.TaskService;
import io.salesbot.task.TaskView;
import io.salesbot.values.Due;
import org.springframework.stereotype.Component;

/**
 * {@code /task snooze <task> <when>}: puts a task off to a day ({@code tomorrow}, {@code friday}),
 * a day and time, or a span from now ({@code 2h}, {@code 1d}, {@code 1w}); a day alone keeps the
 * task's time of day.
 */
@Component
class SnoozeTaskCommand implements Command {

    static final Option<String> TASK = Option.text("task").positional().required();
    static final Option<Due> WHEN = Option.due("when").rest().required();

    static final CommandSpec SPEC = CommandSpec.of("task", "snooze", TASK, WHEN);

    private final TaskService tasks;

    SnoozeTaskCommand(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        TaskView task = tasks.snooze(context.actor(), arguments.get(TASK), arguments.get(WHEN));
        return new BotReply.Text(
                TaskReplies.warnIfLate(TaskReplies.about("reply.task.snoozed", task), task), Visibility.PRIVATE);
    }
}
