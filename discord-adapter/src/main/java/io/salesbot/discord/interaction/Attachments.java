package io.salesbot.discord.interaction;

import io.salesbot.discord.DiscordEnabled;
import io.salesbot.transfer.ImportLimit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded file (a CSV to import) as text. Files larger than the core accepts ({@link
 * ImportLimit}) are not downloaded at all.
 */
@Component
@Conditional(DiscordEnabled.class)
class Attachments {

    static final long TIMEOUT_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(Attachments.class);

    /**
     * The file's text; empty when it is too large to fetch ({@code tooLarge} is then true) or could
     * not be downloaded. The caller says which.
     */
    Optional<String> text(Message.Attachment attachment) {
        if (tooLarge(attachment)) {
            return Optional.empty();
        }
        try (InputStream in = attachment.getProxy().download().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | IOException e) {
            log.warn("Could not download the attachment {}: {}", attachment.getFileName(), e.toString());
            return Optional.empty();
        }
    }

    static boolean tooLarge(Message.Attachment attachment) {
        return ImportLimit.exceededBy(attachment.getSize());
    }
}
