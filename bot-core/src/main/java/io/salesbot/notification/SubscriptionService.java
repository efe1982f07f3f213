package io.salesbot.notification;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.NotFoundException;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which channels hear what: set up by admins with {@code /salesbot notify} and {@code /salesbot digest}. */
@Service
public class SubscriptionService {

    private final ChannelSubscriptions subscriptions;
    private final WorkspaceService workspaces;
    private final Clock clock;

    SubscriptionService(ChannelSubscriptions subscriptions, WorkspaceService workspaces, Clock clock) {
        this.subscriptions = subscriptions;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** The channel hears exactly these deal events (new, stage, won, lost), from {@code minimum} up. */
    @Transactional
    public SubscriptionView subscribe(Actor actor, String channel, Set<NotificationKind> kinds, BigDecimal minimum) {
        actor.require(Role.ADMIN);
        if (kinds.isEmpty() || !kinds.stream().allMatch(NotificationKind::isDealEvent)) {
            throw new InvalidInputException("events", "error.notify.events", kinds);
        }
        ChannelSubscription subscription = subscription(actor, channel);
        subscription.hear(kinds, minimum);
        return SubscriptionView.of(subscriptions.save(subscription));
    }

    /** A weekly digest for the channel on {@code day} at {@code time}, workspace time. */
    @Transactional
    public SubscriptionView digest(Actor actor, String channel, DayOfWeek day, LocalTime time) {
        actor.require(Role.ADMIN);
        ChannelSubscription subscription = subscription(actor, channel);
        subscription.digestOn(day, time);
        // The first digest comes at the next occurrence, not at once for one already past.
        subscription.digestSent(Occurrences.latestWeekly(
                day, time, clock.instant().atZone(workspaces.settings(actor).zone())));
        return SubscriptionView.of(subscriptions.save(subscription));
    }

    /** Stops deal events ({@code events}) or the digest for the channel; a channel left with nothing is removed. */
    @Transactional
    public void stop(Actor actor, String channel, boolean events, boolean digest) {
        actor.require(Role.ADMIN);
        ChannelSubscription subscription = subscriptions
                .findByWorkspaceIdAndChannelId(actor.workspaceId(), channel)
                .orElseThrow(() -> new NotFoundException("error.notify.notSubscribed", channel));
        if (events) {
            subscription.hear(Set.of(), null);
        }
        if (digest) {
            subscription.digestOn(null, null);
        }
        if (subscription.isEmpty()) {
            subscriptions.delete(subscription);
        } else {
            subscriptions.save(subscription);
        }
    }

    @Transactional(readOnly = true)
    public List<SubscriptionView> list(Actor actor) {
        return subscriptions.findByWorkspaceIdOrderByChannelId(actor.workspaceId()).stream()
                .map(SubscriptionView::of)
                .toList();
    }

    private ChannelSubscription subscription(Actor actor, String channel) {
        if (channel == null || channel.isBlank()) {
            throw new InvalidInputException("channel", "error.notify.noChannel");
        }
        return subscriptions
                .findByWorkspaceIdAndChannelId(actor.workspaceId(), channel)
                .orElseGet(() -> new ChannelSubscription(actor.workspaceId(), channel, clock.instant()));
    }
}
