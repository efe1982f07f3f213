package io.salesbot.notification;

import io.salesbot.opportunity.DealChanged;
import io.salesbot.opportunity.StageView;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
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
        NotificationKind kind = NotificationKind.valueOf(change.kind().name());
        Map<String, String> facts = facts(change);
        for (ChannelSubscription subscription : subscriptions.findByWorkspaceIdOrderByChannelId(change.workspaceId())) {
            if (subscription.hears(kind, change.amount())) {
                String dedupe =
                        "deal:%d:v%d:%s".formatted(change.dealId(), change.version(), subscription.getChannelId());
                outbox.enqueue(
                        change.workspaceId(),
                        kind,
                        DeliveryTarget.channel(subscription.getChannelId()),
                        dedupe,
                        facts,
                        clock.instant());
            }
        }
    }

    private static Map<String, String> facts(DealChanged change) {
        Map<String, String> facts = new HashMap<>();
        facts.put("number", String.valueOf(change.number()));
        facts.put("name", change.name());
        facts.put("customer", change.customer());
        facts.put("amount", change.amount().toPlainString());
        facts.put("owner", change.ownerName());
        facts.put("by", change.byName());
        facts.put("note", change.note());
        facts.put("lostReason", change.lostReason());
        stage(facts, "from", change.from());
        stage(facts, "to", change.to());
        return facts;
    }

    private static void stage(Map<String, String> facts, String prefix, StageView stage) {
        if (stage != null) {
            facts.put(prefix, stage.name());
            facts.put(prefix + "Thai", stage.thaiName() == null ? stage.name() : stage.thaiName());
        }
    }
}
