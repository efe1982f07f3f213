package io.salesbot.opportunity;

import io.salesbot.workspace.Actor;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes {@link DealChanged} for creations and stage changes, inside the change's transaction. */
@Component
class DealAnnouncer {

    private final DealViews views;
    private final ApplicationEventPublisher events;

    DealAnnouncer(DealViews views, ApplicationEventPublisher events) {
        this.views = views;
        this.events = events;
    }

    /** Tells listeners (notifications) what happened, in this transaction, and returns the view. */
    DealView announce(Actor actor, DealChanged.Kind kind, Stage before, Opportunity deal, String note) {
        return announce(actor, kind, before, deal, note, null);
    }

    /** As above, the deal's next stage taken from {@code pipeline} when the caller has read it. */
    DealView announce(
            Actor actor, DealChanged.Kind kind, Stage before, Opportunity deal, String note, List<Stage> pipeline) {
        DealView view = views.view(actor, deal, pipeline);
        if (BulkChanges.active()) {
            return view;
        }
        String by = views.memberName(actor, actor.memberId());
        events.publishEvent(new DealChanged(
                kind,
                actor.workspaceId(),
                deal.getId(),
                deal.getNumber(),
                deal.getVersion(),
                deal.getName(),
                deal.getCustomer(),
                deal.getEstimatedRevenue(),
                view.owner().name(),
                StageView.of(before),
                view.progress().stage(),
                deal.getLostReason(),
                by,
                note,
                view.owner().userId(),
                deal.getCreatedAt(),
                deal.getClosedAt()));
        return view;
    }
}
