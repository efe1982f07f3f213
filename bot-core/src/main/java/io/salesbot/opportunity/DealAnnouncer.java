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
                view.ownerName(),
                StageView.of(before),
                view.stage(),
                deal.getLostReason(),
                by,
                note));
        return view;
    }

    static String lastNote(Opportunity deal) {
        List<OpportunityChange> history = deal.getHistory();
        return history.isEmpty() ? null : history.get(history.size() - 1).getNote();
    }
}
