package io.salesbot.discord.fake;

/**
 * A guild the fake knows: its owner (who has every permission), a manager (who holds a role with
 * Manage Server), the id of that role, and one text channel.
 */
public record FakeGuild(
        String id, String name, String ownerId, String managerId, String managerRoleId, String channelId) {}
