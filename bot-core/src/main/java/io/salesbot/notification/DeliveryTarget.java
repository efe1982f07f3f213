package io.salesbot.notification;

/** Where a notification goes: a channel of the workspace, or one member directly (a DM). */
public record DeliveryTarget(Kind kind, String id) {

    /** A channel, or a member by platform user id. */
    public enum Kind {
        CHANNEL,
        MEMBER
    }

    public static DeliveryTarget channel(String id) {
        return new DeliveryTarget(Kind.CHANNEL, id);
    }

    public static DeliveryTarget member(String platformUserId) {
        return new DeliveryTarget(Kind.MEMBER, platformUserId);
    }
}
