package io.salesbot.command.task;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.common.InvalidInputException;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.FormField;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.task.TaskService;
import io.salesbot.task.TaskView;
import io.salesbot.values.Due;
import java.util.List;
import java.util.Map;
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

    /** Without {@code when}, a form asks for the day (a due DM's "Pick a date" button). */
    static final CommandSpec SPEC = CommandSpec.of("task", "snooze", TASK, WHEN).withForm();

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
        if (!arguments.has(TASK)) {
            // only the moment may be left to the form: which task is for the one who asks to say
            throw new InvalidInputException("task", "error.option.missing", "task", SPEC.usage());
        }
        if (!arguments.has(WHEN)) {
            return form(tasks.changeable(context.actor(), arguments.get(TASK)));
        }
        TaskView task = tasks.snooze(context.actor(), arguments.get(TASK), arguments.get(WHEN));
        return new BotReply.Text(
                TaskReplies.warnIfLate(TaskReplies.about("reply.task.snoozed", task), task), Visibility.PRIVATE);
    }

    private static BotReply.Form form(TaskView task) {
        return new BotReply.Form(
                "task.snooze",
                Message.of("form.snoozeTask.title", task.label(), task.text()),
                "/task snooze",
                List.of(new FormField("when", Message.of("field.when"), FormField.Type.DATE, true, null, List.of())),
                Map.of("task", task.label()));
    }
}
