package io.salesbot.discord.interaction;

import io.salesbot.command.Upload;
import io.salesbot.command.UploadRefused;
import io.salesbot.discord.DiscordEnabled;
import io.salesbot.reply.Message;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Downloads an uploaded file (a CSV to import) for the core. Files larger than the core accepts
 * ({@link Upload#exceedsLimit}) are not downloaded at all: Discord tells the size beforehand.
 */
@Component
@Conditional(DiscordEnabled.class)
class Attachments {

    static final long TIMEOUT_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(Attachments.class);

    /**
     * The file as it was uploaded.
     *
     * @throws UploadRefused when it is too large to fetch, or could not be downloaded (not the core's
     *     "needs a name column": the file never arrived)
     */
    Upload fetch(net.dv8tion.jda.api.entities.Message.Attachment attachment) {
        if (Upload.exceedsLimit(attachment.getSize())) {
            throw new UploadRefused(Upload.tooLarge(attachment.getFileName()));
        }
        try (InputStream in = attachment.getProxy().download().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            return new Upload(attachment.getFileName(), in.readAllBytes());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreadable();
        } catch (ExecutionException | TimeoutException | IOException e) {
            log.warn("Could not download the attachment {}: {}", attachment.getFileName(), e.toString());
            throw unreadable();
        }
    }

    private static UploadRefused unreadable() {
        return new UploadRefused(Message.of("discord.import.unreadable"));
    }
}
