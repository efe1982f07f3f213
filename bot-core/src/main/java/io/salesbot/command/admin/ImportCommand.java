package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.OptionType;
import io.salesbot.common.InvalidInputException;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.transfer.DealCsvImport;
import io.salesbot.transfer.ImportLimit;
import io.salesbot.transfer.ImportReport;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /salesbot import <file> [dry-run]}: deals from a CSV file. It changes the whole workspace:
 * admins. On the console the file is read from a path; chat platforms hand over an uploaded file's
 * text, so a chat user can never make the bot read a file of the server.
 */
@Component
class ImportCommand implements Command {

    static final Option<String> FILE =
            Option.string("file", OptionType.FILE).rest().required();
    static final Option<Boolean> DRY_RUN = Option.flag("dry-run");

    static final CommandSpec SPEC =
            CommandSpec.of("salesbot", "import", FILE, DRY_RUN).requiring(Role.ADMIN);

    private final DealCsvImport importer;

    ImportCommand(DealCsvImport importer) {
        this.importer = importer;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public BotReply handle(CommandContext context, Arguments arguments) {
        String file = arguments.get(FILE);
        String csv = context.actor().platform() == Platform.CONSOLE ? read(file) : content(file);
        boolean dryRun = arguments.flag(DRY_RUN);
        return reply(importer.run(context.actor(), csv, dryRun), dryRun);
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
