package io.salesbot.command;

/** A workspace as its platform knows it: its id there (a Slack team, a Discord guild) and its name. */
public record KnownWorkspace(String externalId, String name) {}
