package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.notification.Outbox;
import io.salesbot.notification.OutboxRow;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Role;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code /salesbot outbox [retry]}: what is waiting, what failed and why; retry puts failures back in line. */
@Component
class OutboxCommand implements Command {

    static final Option<String> ACTION =
            Option.choice("action", "list", "retry").positional();

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "outbox", ACTION);

    private final Outbox outbox;
    private final Clock clock;

    OutboxCommand(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        context.actor().require(Role.ADMIN);
        long workspace = context.actor().workspaceId();
        Message retried = null;
        if ("retry".equals(arguments.get(ACTION))) {
            retried = Message.of("reply.outbox.retried", (long) outbox.retryFailed(workspace, clock.instant()));
        }
        Map<String, Long> counts = outbox.counts(workspace);
        List<OutboxRow> failed = outbox.failed(workspace);
        List<List<Object>> rows = failed.stream()
                .map(row -> Arrays.<Object>asList(
                        row.createdAt(), row.kind(), row.target().id(), (long) row.attempts(), row.lastError()))
                .toList();
        List<Message> footer = retried == null ? List.of() : List.of(retried);
        return new BotReply.Table(
                Message.of("reply.outbox.title", counts.get("PENDING"), counts.get("SENT"), counts.get("FAILED")),
                List.of(
                        Message.of("column.when"),
                        Message.of("column.events"),
                        Message.of("column.channel"),
                        Message.of("column.attempts"),
                        Message.of("column.reason")),
                rows,
                footer,
                Visibility.PRIVATE);
    }
}
