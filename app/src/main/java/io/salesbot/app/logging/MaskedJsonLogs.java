package io.salesbot.app.logging;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Structured (JSON) logs with the same masking as the text lines: every string value (the
 * message, the MDC fields, the stack trace) goes through {@link SecretMasks}. JSON itself escapes
 * line breaks, so a user's text cannot start a line of its own there. Named in application.yml
 * ({@code logging.structured.json.customizer}).
 */
public class MaskedJsonLogs implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(Members<Object> members) {
        members.applyingValueProcessor(ValueProcessor.of(String.class, SecretMasks::mask));
    }
}
