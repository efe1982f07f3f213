package io.salesbot.command.admin;

import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandHandler;
import io.salesbot.command.CommandInput;
import io.salesbot.command.CommandSpec;
import io.salesbot.common.InvalidInputException;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.transfer.DealCsvExport;
import io.salesbot.transfer.DealCsvImport;
import io.salesbot.transfer.ImportLimit;
import io.salesbot.transfer.ImportReport;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code /salesbot export deals|history} (a CSV file) and {@code /salesbot import <file> [dry-run]}.
 * On the console the file is read from a path; chat platforms hand over an uploaded file's text.
 */
@Component
class TransferCommands implements CommandHandler {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final DealCsvExport export;
    private final DealCsvImport importer;
    private final Clock clock;

    TransferCommands(DealCsvExport export, DealCsvImport importer, Clock clock) {
        this.export = export;
        this.importer = importer;
        this.clock = clock;
    }

    @Override
    public Set<String> handles() {
        return Set.of("salesbot export", "salesbot import");
    }

    /** Export is bulk data out: managers. Import changes the whole workspace: admins. */
    @Override
    public Role requiredRole(CommandSpec command) {
        return command.sub().equals("import") ? Role.ADMIN : Role.MANAGER;
    }

    @Override
    public BotReply handle(CommandContext context, CommandInput input) {
        if (input.spec().sub().equals("export")) {
            String what = input.get("what");
            byte[] csv = what.equals("deals") ? export.deals(context.actor()) : export.history(context.actor());
            String stamp = LocalDateTime.now(clock.withZone(context.workspace().zone()))
                    .format(STAMP);
            return new BotReply.Attachment(
                    what + "-" + stamp + ".csv",
                    "text/csv",
                    csv,
                    Message.of("reply.export." + what),
                    Visibility.PRIVATE);
        }
        // On the console the file is a path on this machine; chat adapters send the uploaded file's
        // text instead, so a chat user can never make the bot read a file of the server.
        String csv =
                context.actor().platform() == Platform.CONSOLE ? read(input.get("file")) : content(input.get("file"));
        ImportReport report = importer.run(context.actor(), csv, input.flag("dry-run"));
        return reply(report, input.flag("dry-run"));
    }

    private static String content(String text) {
        if (ImportLimit.exceededBy(text)) {
            Message tooLarge = ImportLimit.tooLarge("CSV");
            throw new InvalidInputException(
                    "file", tooLarge.key(), tooLarge.args().toArray());
        }
        return text;
    }

    private static String read(String file) {
        try {
            // The shell would expand ~ for a path typed on its own; here it arrives as typed.
            Path path =
                    file.startsWith("~/") ? Path.of(System.getProperty("user.home"), file.substring(2)) : Path.of(file);
            if (ImportLimit.exceededBy(Files.size(path))) {
                Message tooLarge = ImportLimit.tooLarge(file);
                throw new InvalidInputException(
                        "file", tooLarge.key(), tooLarge.args().toArray());
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new InvalidInputException("file", "error.import.unreadable", file);
        }
    }

    private static BotReply reply(ImportReport report, boolean dryRun) {
        List<Message> footer = new ArrayList<>();
        if (!report.ignoredColumns().isEmpty()) {
            footer.add(Message.of("reply.import.ignored", String.join(", ", report.ignoredColumns())));
        }
        Message title = !report.problems().isEmpty()
                ? Message.of("reply.import.problems", (long) report.rows(), (long)
                        report.problems().size())
                : report.imported()
                        ? Message.of("reply.import.done", (long) report.rows())
                        : dryRun
                                ? Message.of("reply.import.clean", (long) report.rows())
                                : Message.of("reply.import.empty");
        List<List<Object>> rows = report.problems().stream()
                .map(problem -> List.<Object>of(problem.row(), problem.message()))
                .toList();
        return new BotReply.Table(
                title,
                List.of(Message.of("column.row"), Message.of("column.problem")),
                rows,
                footer,
                Visibility.PRIVATE);
    }
}
