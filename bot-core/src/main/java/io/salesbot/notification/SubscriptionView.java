package io.salesbot.notification;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** A channel's subscription as shown to admins. */
public record SubscriptionView(
        String channel, Set<NotificationKind> kinds, BigDecimal minAmount, DayOfWeek digestDay, LocalTime digestTime) {

    static SubscriptionView of(ChannelSubscription subscription) {
        return new SubscriptionView(
                subscription.getChannelId(),
                subscription.kinds(),
                subscription.getMinAmount(),
                subscription.getDigestDay(),
                subscription.getDigestTime());
    }
}
