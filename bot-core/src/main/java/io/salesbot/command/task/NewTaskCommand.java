package io.salesbot.command.task;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Visibility;
import io.salesbot.task.NewTask;
import io.salesbot.task.TaskService;
import io.salesbot.task.TaskView;
import io.salesbot.values.Due;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * {@code /task new <text> [deal:] [due:] [@user]}: a task for the caller, or for a member
 * mentioned at the end of the text (or given as {@code owner:}, as Discord's option asks).
 */
@Component
class NewTaskCommand implements Command {

    static final Option<String> TEXT = Option.text("text").rest().required();
    static final Option<String> DEAL = Option.string("deal", OptionType.DEAL);
    static final Option<Due> DUE = Option.due("due");
    static final Option<String> OWNER = Option.string("owner", OptionType.MEMBER);

    static final CommandSpec SPEC = CommandSpec.of("task", "new", TEXT, DEAL, DUE, OWNER);

    // "call Acme @U123": a mention (as adapters write it) ending the text names the owner.
    private static final Pattern TRAILING_MENTION = Pattern.compile("^(.*?)\\s+(@\\S+)$", Pattern.DOTALL);

    private final TaskService tasks;

    NewTaskCommand(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String text = arguments.get(TEXT);
        String owner = arguments.get(OWNER);
        Matcher mention = TRAILING_MENTION.matcher(text.strip());
        if (owner == null && mention.matches()) {
            text = mention.group(1);
            owner = mention.group(2);
        }
        TaskView task =
                tasks.create(context.actor(), new NewTask(text, arguments.get(DEAL), arguments.get(DUE), owner));
        return new BotReply.Text(
                TaskReplies.warnIfLate(TaskReplies.about("reply.task.created", task), task), Visibility.PRIVATE);
    }
}
