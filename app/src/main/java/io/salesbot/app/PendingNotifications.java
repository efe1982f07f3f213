package io.salesbot.app;

import io.salesbot.app.console.ConsoleSessionEnded;
import io.salesbot.notification.OutboxWorker;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Assembly glue between the console adapter and the core's outbox, which an adapter does not
 * reach itself: when a console session ends, what it caused (a won deal's notification, say) is
 * sent before the app exits; anything still failing stays in the outbox for the next start.
 */
@Component
class PendingNotifications {

    private final OutboxWorker outbox;

    PendingNotifications(OutboxWorker outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(ConsoleSessionEnded ended) {
        outbox.deliverDue();
    }
}
