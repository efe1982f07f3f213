package io.salesbot.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Collects ERROR lines of JDA and of this adapter, and JDA's warnings with an exception (how it
 * reports, and swallows, a payload it cannot parse).
 */
final class ErrorLogCapture extends AppenderBase<ILoggingEvent> {

    private final List<String> errors = new CopyOnWriteArrayList<>();

    static ErrorLogCapture create() {
        ErrorLogCapture capture = new ErrorLogCapture();
        capture.setName("discord-errors");
        capture.start();
        return capture;
    }

    /** Spring Boot resets logback when a context starts, so the appender is re-attached per test. */
    void attach() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(getName()) == null) {
            root.addAppender(this);
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        boolean jda = event.getLoggerName().startsWith("net.dv8tion");
        boolean watched = jda || event.getLoggerName().startsWith("io.salesbot.discord");
        // JDA logs a payload it cannot parse as a WARN with the exception, then drops the event.
        boolean parseFailure = jda && event.getLevel() == Level.WARN && event.getThrowableProxy() != null;
        if (watched && (event.getLevel().isGreaterOrEqual(Level.ERROR) || parseFailure)) {
            String cause = event.getThrowableProxy() == null
                    ? ""
                    : " / " + event.getThrowableProxy().getMessage();
            errors.add(event.getLoggerName() + ": " + event.getFormattedMessage() + cause);
        }
    }

    List<String> drain() {
        List<String> seen = List.copyOf(errors);
        errors.clear();
        return seen;
    }
}
