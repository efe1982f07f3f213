package io.salesbot.workspace;

/** Where a workspace lives and where a change came from. */
public enum Platform {
    SLACK,
    DISCORD,
    CONSOLE
}
