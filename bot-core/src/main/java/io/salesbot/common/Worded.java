package io.salesbot.common;

/**
 * A built-in value that people read in their own language (a lead's status, a role): the reply
 * layer shows it as the message {@link #messageKey()}, so the domain can name it in an error
 * without knowing about languages.
 */
public interface Worded {

    /** The key of its words in the message bundles. */
    String messageKey();
}
