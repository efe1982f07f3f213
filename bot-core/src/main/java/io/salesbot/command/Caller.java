package io.salesbot.command;

import io.salesbot.workspace.Visitor;

/**
 * Who sent a command, as the platform tells it, and the language the platform says they read
 * ({@code th}, {@code en-US}; null when the platform does not say, e.g. Slack and the console).
 */
public record Caller(Visitor visitor, String userLanguage) {}
