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
import org.springframework.stereotype.Component;

/** {@code /task done <task>}: ticks a task off (its owner or a manager). */
@Component
class DoneTaskCommand implements Command {

    static final Option<String> TASK = Option.text("task").positional().required();

    static final CommandSpec SPEC = CommandSpec.of("task", "done", TASK);

    private final TaskService tasks;

    DoneTaskCommand(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        TaskView task = tasks.done(context.actor(), arguments.get(TASK));
        return new BotReply.Text(TaskReplies.about("reply.task.done", task), Visibility.PRIVATE);
    }
}
