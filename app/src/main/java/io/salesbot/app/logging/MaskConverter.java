package io.salesbot.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/** {@code %mask(...)}: what the enclosed pattern renders, its secrets masked ({@link SecretMasks}). */
public class MaskConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return SecretMasks.mask(in);
    }
}
