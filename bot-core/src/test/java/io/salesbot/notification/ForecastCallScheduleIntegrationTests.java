package io.salesbot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weekly forecast call: set for Friday 15:00 Bangkok, the reps who have not called get one
 * nudge from 12:00 and the channel one roll-up from 15:00, however many instances run the
 * schedules at once.
 */
class ForecastCallScheduleIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    @Autowired
    NotificationSchedules schedules;

    @Autowired
    NotificationComposer composer;

    Caller ann;
    Caller bob;
    Caller cara;
    long workspaceId;

    @BeforeEach
    void team() {
        String team = "T-" + UUID.randomUUID();
        ann = new Caller(new Visitor(Platform.SLACK, team, "Team", "U1", "Ann", Role.MANAGER), null, "C-sales");
        bob = new Caller(new Visitor(Platform.SLACK, team, "Team", "U2", "Bob", Role.REP), null, "C-sales");
        cara = new Caller(new Visitor(Platform.SLACK, team, "Team", "U3", "Cara", Role.REP), null, "C-sales");
        gateway.handle(bob, "/opp help");
        gateway.handle(cara, "/opp help");
        workspaceId = jdbc.queryForObject(
                "SELECT id FROM workspace WHERE external_id = ? AND platform = 'SLACK'", Long.class, team);
    }

    @Test
    void repsWhoHaveNotCalledAreNudgedOnceAndTheRollUpIsPostedOnceOnAnyNumberOfInstances() throws Exception {
        // Friday 2026-11-27 10:00 Bangkok (the test clock's start)
        BotReply set = gateway.handle(ann, "/salesbot forecast-call #C-calls fri 15:00")
                .reply();
        assertThat(set)
                .isEqualTo(new BotReply.Text(
                        Message.of("reply.forecastCall.on", "C-calls", Message.of("day.friday"), "15:00"),
                        io.salesbot.reply.Visibility.PRIVATE));
        assertThat(gateway.handle(bob, "/salesbot forecast-call fri 15:00").reply())
                .isInstanceOf(BotReply.Error.class);
        gateway.handle(bob, "/forecast submit commit:100k best:200k");

        everyInstanceAtOnce();
        assertThat(rows()).isEmpty(); // 10:00: nothing due yet

        clock.set(Instant.parse("2026-11-27T05:00:00Z")); // 12:00 Bangkok: 3 hours before
        everyInstanceAtOnce();
        everyInstanceAtOnce();
        assertThat(rows()).containsExactly("MEMBER:U3"); // Cara only: Bob has called

        clock.set(Instant.parse("2026-11-27T08:00:00Z")); // 15:00 Bangkok
        everyInstanceAtOnce();
        everyInstanceAtOnce();
        assertThat(rows()).containsExactly("MEMBER:U3", "CHANNEL:C-calls");

        String payload = jdbc.queryForObject(
                "SELECT payload FROM outbox WHERE workspace_id = ? AND kind = 'CALL' AND target_kind = 'CHANNEL'",
                String.class,
                workspaceId);
        OutboxRow rollup = new OutboxRow(
                0,
                workspaceId,
                DeliveryTarget.channel("C-calls"),
                NoticeJson.read(NotificationKind.CALL, payload),
                "PENDING",
                0,
                null,
                clock.instant());
        BotReply posted = composer.compose(
                rollup,
                workspaces.settings(new io.salesbot.workspace.Actor(workspaceId, 0, Role.ADMIN, Platform.SLACK)));
        assertThat(posted).isInstanceOf(BotReply.Table.class);
        assertThat(((BotReply.Table) posted).footer()).contains(Message.of("reply.calls.missing", 1, "Cara"));

        // a week later: the next call nudges Cara again
        clock.set(Instant.parse("2026-12-04T05:30:00Z"));
        everyInstanceAtOnce();
        assertThat(rows()).containsExactly("MEMBER:U3", "CHANNEL:C-calls", "MEMBER:U3");

        assertThat(gateway.handle(ann, "/salesbot forecast-call off").reply()).isInstanceOf(BotReply.Text.class);
        clock.set(Instant.parse("2026-12-04T08:30:00Z"));
        everyInstanceAtOnce();
        assertThat(rows()).hasSize(3);
    }

    /** Three instances run the schedules at the same moment (without the lock, to prove the rows alone hold). */
    private void everyInstanceAtOnce() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Void>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(() -> {
                    schedules.enqueueDue();
                    return null;
                });
            }
            for (Future<Void> run : instances.invokeAll(runs)) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
    }

    private List<String> rows() {
        return jdbc.queryForList(
                "SELECT CONCAT(target_kind, ':', target_id) FROM outbox WHERE workspace_id = ? AND kind = 'CALL'"
                        + " ORDER BY id",
                String.class,
                workspaceId);
    }
}
