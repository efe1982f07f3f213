package io.salesbot.app.console;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A file reply on a terminal: saved under {@code exports/}, its caption and path printed. */
final class AttachmentText {

    private final Localizer localizer;
    private final Path directory;

    AttachmentText(Localizer localizer, Path directory) {
        this.localizer = localizer;
        this.directory = directory;
    }

    String render(BotReply.Attachment attachment, ReplyLocale reader) {
        String caption = localizer.text(attachment.caption(), reader);
        try {
            Path file = save(attachment);
            return caption + "\n"
                    + localizer.text(
                            Message.of(
                                    "console.file.saved", file.toAbsolutePath().toString()),
                            reader);
        } catch (IOException failed) {
            return caption + "\n"
                    + localizer.text(Message.of("console.file.failed", String.valueOf(failed.getMessage())), reader);
        }
    }

    private Path save(BotReply.Attachment attachment) throws IOException {
        Files.createDirectories(directory);
        String name = Path.of(attachment.fileName()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        for (int attempt = 1; ; attempt++) {
            String candidate = attempt == 1 ? name : name.substring(0, dot) + "-" + attempt + name.substring(dot);
            try {
                return Files.write(directory.resolve(candidate), attachment.content(), StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException taken) {
                // an export of the same minute exists: keep it and number this one
            }
        }
    }
}
