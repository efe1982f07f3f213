package io.salesbot.workspace;

/**
 * Published inside the transaction that creates a workspace, so each feature can lay down its
 * defaults (stages, types, lead sources) atomically with it.
 */
public record WorkspaceCreated(long workspaceId, Platform platform) {}
