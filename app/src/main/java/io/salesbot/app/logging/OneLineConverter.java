package io.salesbot.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/**
 * {@code %oneline(...)}: what the enclosed pattern renders, with its line breaks and control
 * characters escaped ({@link LineBreaks}). Wraps the message, the MDC values and the thread name.
 */
public class OneLineConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return LineBreaks.escape(in);
    }
}
