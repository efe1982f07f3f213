package io.salesbot.command;

import io.salesbot.workspace.Visitor;

/**
 * Who sent a command, as the platform tells it: the visitor, the language the platform says they
 * read ({@code th}, {@code en-US}; null when it does not say, e.g. Slack and the console) and the
 * channel they wrote in (null in a direct message), which is where channel settings apply.
 */
public record Caller(Visitor visitor, String userLanguage, String channel) {

    public Caller(Visitor visitor, String userLanguage) {
        this(visitor, userLanguage, null);
    }
}
