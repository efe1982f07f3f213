package io.salesbot.command.admin;

import io.salesbot.command.Arguments;
import io.salesbot.command.Command;
import io.salesbot.command.CommandContext;
import io.salesbot.command.CommandSpec;
import io.salesbot.command.Option;
import io.salesbot.command.Upload;
import io.salesbot.common.InvalidInputException;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.transfer.DealCsvImport;
import io.salesbot.transfer.ImportReport;
import io.salesbot.workspace.Role;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /salesbot import <file> [dry-run]}: deals from a CSV file. It changes the whole workspace:
 * admins. The file comes as the adapter fetched it (an upload in chat, a path read on the console),
 * never as a path the core would open, so a chat user can never make the bot read a file of the
 * server. It must be UTF-8 (a byte order mark is fine), as spreadsheets save "CSV UTF-8".
 */
@Component
class ImportCommand implements Command {

    static final Option<Upload> FILE = Option.file("file").rest().required();
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
        String csv = text(arguments.get(FILE));
        boolean dryRun = arguments.flag(DRY_RUN);
        return reply(importer.run(context.actor(), csv, dryRun), dryRun);
    }

    /** The file's text; refused when it is too large or not UTF-8 (a spreadsheet's own encoding). */
    static String text(Upload file) {
        if (Upload.exceedsLimit(file.size())) {
            Message tooLarge = Upload.tooLarge(file.name());
            throw new InvalidInputException(
                    FILE.name(), tooLarge.key(), tooLarge.args().toArray());
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.content()))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidInputException(FILE.name(), "error.import.unreadable", file.name());
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
