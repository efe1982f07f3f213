package io.salesbot.app.console;

import io.salesbot.command.Upload;
import io.salesbot.command.UploadRefused;
import io.salesbot.reply.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A file named on the console, read for a command that takes one: the person at the keyboard owns
 * the machine, so a path is how they hand over a file. Chat platforms never come here.
 */
final class LocalFiles {

    private LocalFiles() {}

    /**
     * The file at {@code typed}, {@code ~/} being the home directory as a shell would expand it.
     *
     * @throws UploadRefused when it is larger than a command takes (checked before reading) or
     *     cannot be read
     */
    static Upload read(String typed) {
        try {
            Path path = typed.startsWith("~/")
                    ? Path.of(System.getProperty("user.home"), typed.substring(2))
                    : Path.of(typed);
            if (Upload.exceedsLimit(Files.size(path))) {
                throw new UploadRefused(Upload.tooLarge(typed));
            }
            Path name = path.getFileName();
            return new Upload(name == null ? typed : name.toString(), Files.readAllBytes(path));
        } catch (IOException | InvalidPathException unreadable) {
            throw new UploadRefused(Message.of("error.import.unreadable", typed));
        }
    }
}
