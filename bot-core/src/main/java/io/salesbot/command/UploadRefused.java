package io.salesbot.command;

import io.salesbot.reply.Message;

/**
 * Thrown by an {@link UploadSource} that has no file to give; the person reads {@link #why()} in
 * their language instead of an answer.
 */
public class UploadRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message why;

    public UploadRefused(Message why) {
        super(why.key(), null, false, false);
        this.why = why;
    }

    public Message why() {
        return why;
    }
}
