package io.salesbot.notification;

import io.salesbot.opportunity.DealChanged;
import io.salesbot.opportunity.StageView;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns deal changes into outbox rows for every channel that hears them, inside the change's own
 * transaction: a change that rolls back leaves no notification, and a change that commits cannot
 * lose its notification. The dedupe key (deal, version, channel) makes a replay harmless.
 */
@Component
class DealNotifications {

    private final ChannelSubscriptions subscriptions;
    private final Outbox outbox;
    private final Clock clock;

    DealNotifications(ChannelSubscriptions subscriptions, Outbox outbox, Clock clock) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(DealChanged change) {
        Notice notice = notice(change);
        for (ChannelSubscription subscription : subscriptions.findByWorkspaceIdOrderByChannelId(change.workspaceId())) {
            if (subscription.hears(notice.kind(), change.amount())) {
                String dedupe =
                        "deal:%d:v%d:%s".formatted(change.dealId(), change.version(), subscription.getChannelId());
                outbox.enqueue(
                        change.workspaceId(),
                        DeliveryTarget.channel(subscription.getChannelId()),
                        dedupe,
                        notice,
                        clock.instant());
            }
        }
    }

    private static Notice notice(DealChanged change) {
        return switch (change.kind()) {
            case NEW ->
                new Notice.DealCreated(
                        change.number(), change.name(), change.customer(), change.amount(), change.ownerName());
            case STAGE ->
                new Notice.StageChanged(
                        change.number(),
                        change.name(),
                        stage(change.from()),
                        stage(change.to()),
                        change.byName(),
                        change.note());
            case WON ->
                new Notice.DealWon(
                        change.number(),
                        change.name(),
                        change.customer(),
                        change.amount(),
                        change.ownerName(),
                        change.ownerUserId(),
                        daysOpen(change));
            case LOST ->
                new Notice.DealLost(
                        change.number(),
                        change.name(),
                        change.customer(),
                        change.amount(),
                        change.ownerName(),
                        change.lostReason(),
                        change.ownerUserId(),
                        daysOpen(change));
        };
    }

    /** Whole days from the deal's creation to its close; null when either is not known. */
    private static Integer daysOpen(DealChanged change) {
        if (change.createdAt() == null || change.closedAt() == null) {
            return null;
        }
        return (int) Math.max(
                0, Duration.between(change.createdAt(), change.closedAt()).toDays());
    }

    private static Notice.StageName stage(StageView stage) {
        return stage == null ? null : new Notice.StageName(stage.name(), stage.thaiName());
    }
}
