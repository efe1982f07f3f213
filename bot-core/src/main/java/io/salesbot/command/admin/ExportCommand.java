package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.transfer.DealCsvExport;
import io.salesbot.workspace.Role;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** {@code /salesbot export deals|history}: a CSV file. Bulk data out: managers. */
@Component
class ExportCommand implements Command {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    static final Option<String> WHAT = Option.choice("what", "deals", "history").positional();

    static final CommandSpec SPEC = CommandSpec.of("salesbot", "export", WHAT).requiring(Role.MANAGER);

    private final DealCsvExport export;
    private final Clock clock;

    ExportCommand(DealCsvExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String what = arguments.require(WHAT);
        byte[] csv = what.equals("deals") ? export.deals(context.actor()) : export.history(context.actor());
        String stamp =
                LocalDateTime.now(clock.withZone(context.workspace().zone())).format(STAMP);
        return new BotReply.Attachment(
                what + "-" + stamp + ".csv", "text/csv", csv, Message.of("reply.export." + what), Visibility.PRIVATE);
    }
}
