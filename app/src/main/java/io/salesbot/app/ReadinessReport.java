package io.salesbot.app;

import io.salesbot.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says once, when everything is up, that the bot is ready and what it runs on. */
@Component
class ReadinessReport {

    private static final Logger log = LoggerFactory.getLogger(ReadinessReport.class);

    private final Workspaces workspaces;

    ReadinessReport(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        log.info("Salesbot ready: database migrated, {} workspace(s)", workspaces.count());
    }
}
