package io.salesbot.discord.interaction;

import io.salesbot.discord.DiscordEnabled;
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
 * Reads an uploaded file (a CSV to import) as text. Files larger than the core accepts are not
 * downloaded at all: their text is replaced by an over-long marker the core refuses with its
 * "too large" message, so the wording stays in one place.
 */
@Component
@Conditional(DiscordEnabled.class)
class Attachments {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long TIMEOUT_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(Attachments.class);

    /** The file's text, or empty when it could not be downloaded (the caller says so). */
    Optional<String> text(Message.Attachment attachment) {
        if (attachment.getSize() > MAX_BYTES) {
            return Optional.of("x".repeat((int) MAX_BYTES + 1));
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
}
