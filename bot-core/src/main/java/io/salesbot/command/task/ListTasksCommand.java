package io.salesbot.command.task;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Keywords;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.task.TaskList;
import io.salesbot.task.TaskQuery;
import io.salesbot.task.TaskScope;
import io.salesbot.task.TaskService;
import io.salesbot.task.TaskView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code /task list [mine|@user|today|overdue|all]}: open tasks, late first. A manager's {@code
 * overdue} and {@code all} are the team's.
 */
@Component
class ListTasksCommand implements Command {

    /** The most tasks one list shows; the footer says how many more there are. */
    static final int SHOWN = 50;

    static final Option<String> WHO = Option.string("who", OptionType.MEMBER).positional();

    static final CommandSpec SPEC = CommandSpec.of("task", "list", WHO);

    private static final List<String> SCOPES = List.of("mine", "me", "today", "overdue", "all", "team");

    private final TaskService tasks;

    ListTasksCommand(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String typed = arguments.getOr(WHO, "mine");
        TaskQuery query = Keywords.among(typed, SCOPES)
                .map(word -> new TaskQuery(scope(word), null, SHOWN))
                .orElse(new TaskQuery(TaskScope.MEMBER, typed, SHOWN));
        TaskList list = tasks.list(context.actor(), query);
        String scope = query.scope().name().toLowerCase(Locale.ROOT) + (list.team() ? ".team" : "");
        if (list.tasks().isEmpty()) {
            return new BotReply.Text(Message.of("reply.task.none." + scope, list.memberName()), Visibility.PRIVATE);
        }
        List<List<Object>> rows =
                list.tasks().stream().map(ListTasksCommand::row).toList();
        List<Message> footer = list.total() > list.tasks().size()
                ? List.of(Message.of("reply.task.more", list.tasks().size(), list.total()))
                : List.of();
        return new BotReply.Table(
                Message.of("reply.task.list." + scope, list.total(), list.memberName()),
                List.of(
                        Message.of("column.task"),
                        Message.of("column.what"),
                        Message.of("column.deal"),
                        Message.of("column.owner"),
                        Message.of("column.due")),
                rows,
                footer,
                Visibility.PRIVATE);
    }

    private static TaskScope scope(String word) {
        return switch (word) {
            case "today" -> TaskScope.TODAY;
            case "overdue" -> TaskScope.OVERDUE;
            case "all", "team" -> TaskScope.ALL;
            default -> TaskScope.MINE;
        };
    }

    private static List<Object> row(TaskView task) {
        return Arrays.asList(
                task.label(),
                task.text(),
                task.dealNumber() == null ? null : "#" + task.dealNumber() + " " + task.dealName(),
                task.ownerName(),
                TaskReplies.dueCell(task));
    }
}
