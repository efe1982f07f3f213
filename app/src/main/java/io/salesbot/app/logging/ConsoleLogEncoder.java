package io.salesbot.app.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * The one encoder of our log lines: our one-line pattern, or, when a structured format is set
 * ({@code SALESBOT_LOG_FORMAT}, i.e. Spring Boot's {@code logging.structured.format.console}:
 * {@code ecs}, {@code logstash}, {@code gelf}), Spring Boot's JSON encoder for that format. Logback
 * has no {@code if} without Janino, so the choice is made here, once, at start.
 */
public class ConsoleLogEncoder extends EncoderBase<ILoggingEvent> {

    private String pattern;
    private String format;
    private Charset charset = StandardCharsets.UTF_8;
    private Encoder<ILoggingEvent> delegate;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    /** Whether lines are JSON (a structured format is set) rather than our text pattern. */
    public boolean structured() {
        return format != null && !format.isBlank();
    }

    @Override
    public void start() {
        if (structured()) {
            StructuredLogEncoder json = new StructuredLogEncoder();
            json.setContext(getContext());
            json.setFormat(format.strip());
            json.setCharset(charset);
            json.start();
            delegate = json;
        } else {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setContext(getContext());
            text.setPattern(pattern);
            text.setCharset(charset);
            text.start();
            delegate = text;
        }
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
