package io.salesbot.app.console;

/**
 * Published when a console session ends, just before the app exits with {@code exitCode}: the
 * assembly sends what the session caused (a won deal's notification, say) before the app goes.
 */
public record ConsoleSessionEnded(int exitCode) {}
