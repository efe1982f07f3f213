package io.salesbot.notification;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.Localizer;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scheduled notifications' tests: a new team for each test, whose members each have their own
 * time zone and language, and the outbox worker and recording platform to see what reaches them.
 */
abstract class TeamNotificationTestBase extends IntegrationTestBase {

    @Autowired
    OutboxWorker worker;

    @Autowired
    RecordingNotifier platform;

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    /** JUnit makes a new instance per test, so each test has its own team. */
    final String team = "T-" + UUID.randomUUID();

    /** A member of the team on the console, in {@code zone} and {@code locale} as their platform reports. */
    Caller caller(String id, Role role, String zone, String locale) {
        return new Caller(new Visitor(Platform.CONSOLE, team, "Team", id, id, role).withClock(zone, locale), null);
    }
}
