package io.salesbot.reply;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A message key and its arguments; arguments may themselves be {@link Message}s or typed values. */
public record Message(String key, List<Object> args) {

    public Message {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }
}
