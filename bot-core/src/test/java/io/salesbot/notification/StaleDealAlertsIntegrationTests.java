package io.salesbot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.command.Caller;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.workspace.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An idle deal is told to its owner the day it passes its stage's limit (14 days without a change
 * here), and to the managers a week later; a snoozed deal raises nothing until the snooze ends,
 * and a manager due an escalation meanwhile hears the owner's reason. Worked by hand: a deal made
 * Monday 2 Nov 2026 at 10:00 in Bangkok (03:00 UTC) goes stale Monday 16 Nov at the same minute
 * and escalates Monday 23 Nov (12:00 in Tokyo, where the manager is).
 */
class StaleDealAlertsIntegrationTests extends TeamNotificationTestBase {

    static final Instant CREATED = Instant.parse("2026-11-02T03:00:00Z");
    static final Instant STALE = Instant.parse("2026-11-16T03:00:00Z");
    static final Instant ESCALATED = Instant.parse("2026-11-23T03:00:00Z");

    @Autowired
    StaleDealAlerts alerts;

    Caller rep;
    Caller manager;

    @BeforeEach
    void team() {
        Caller admin = member("U-adm", Role.ADMIN, "Asia/Bangkok");
        gateway.handle(admin, "/salesbot help");
        rep = member("U-rep", Role.REP, "Asia/Bangkok");
        manager = member("U-mgr", Role.MANAGER, "Asia/Tokyo");
        gateway.handle(rep, "/salesbot me");
        gateway.handle(manager, "/salesbot me");
        clock.set(CREATED);
    }

    @AfterEach
    void othersUntouched() {
        // the job looks at every workspace of this shared database: leave no alert of theirs behind
        jdbc.update(
                "DELETE FROM outbox WHERE kind = 'STALE' AND workspace_id <> (SELECT id FROM workspace WHERE external_id = ?)",
                team);
    }

    Caller member(String id, Role role, String zone) {
        return caller(id, role, zone, "en");
    }

    @Test
    void anIdleDealIsToldToItsOwnerOnTheDayItGoesStaleAndToTheManagerAWeekLaterOnce() throws Exception {
        gateway.handle(rep, "/opp new Idle Co amount:100000 close:2027-01-31");

        clock.set(STALE.minusSeconds(60));
        alerts.enqueueDue();
        assertThat(queued()).isEmpty();

        // four instances at once (as if the lock had lapsed): still one alert
        clock.set(STALE);
        java.util.concurrent.ExecutorService instances = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Callable<Integer>> runs =
                    java.util.Collections.nCopies(4, (java.util.concurrent.Callable<Integer>) alerts::enqueueDue);
            for (java.util.concurrent.Future<Integer> run : instances.invokeAll(runs)) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
        alerts.enqueueDue();
        assertThat(queued()).containsExactly("U-rep");

        clock.set(ESCALATED.minusSeconds(60));
        alerts.enqueueDue();
        assertThat(queued()).containsExactly("U-rep");

        clock.set(ESCALATED);
        alerts.enqueueDue();
        alerts.enqueueDue();
        // the manager, not the admin (there is a manager), and not the owner again
        assertThat(queued()).containsExactly("U-rep", "U-mgr");

        worker.deliverDue();
        List<RecordingNotifier.Delivered> sent = platform.deliveredTo(team);
        BotReply.Prompt toOwner = (BotReply.Prompt) sent.get(0).reply();
        assertThat(localizer.text(toOwner.message(), sent.get(0).reader()))
                .startsWith("#1 Idle Co has had no change since 2 Nov 2026 10:00");
        assertThat(toOwner.actions()).extracting(CardAction::command).containsExactly("/opp show #1", "/opp snooze #1");
        BotReply.Prompt toManager = (BotReply.Prompt) sent.get(1).reply();
        // read in the manager's own zone: 12:00 in Tokyo
        assertThat(localizer.text(toManager.message(), sent.get(1).reader()))
                .isEqualTo("#1 Idle Co (U-rep) has had no change since 2 Nov 2026 12:00; U-rep was told a week ago.");

        // a change ends the idle spell: nothing more until it goes idle again
        clock.set(ESCALATED.plusSeconds(3600));
        gateway.handle(rep, "/opp edit #1 amount:120000");
        clock.set(ESCALATED.plus(java.time.Duration.ofDays(13)));
        alerts.enqueueDue();
        assertThat(queued()).hasSize(2);
        clock.set(ESCALATED.plus(java.time.Duration.ofDays(14)).plusSeconds(3600));
        alerts.enqueueDue();
        assertThat(queued()).containsExactly("U-rep", "U-mgr", "U-rep");
    }

    @Test
    void aSnoozedDealRaisesNothingUntilTheSnoozeEndsAndTheManagerHearsWhyInstead() {
        gateway.handle(rep, "/opp new Waiting Co amount:100000 close:2027-01-31");
        clock.set(Instant.parse("2026-11-10T03:00:00Z"));
        BotReply snoozed = gateway.handle(rep, "/opp snooze #1 2026-11-30 waiting for their budget")
                .reply();
        assertThat(snoozed).isInstanceOf(BotReply.DealCard.class);
        // the card says so, with the reason, while the snooze lasts
        assertThat(((BotReply.DealCard) snoozed).deal().snooze())
                .isEqualTo(new io.salesbot.opportunity.AlertSnooze(
                        java.time.LocalDate.of(2026, 11, 30), "waiting for their budget"));
        assertThat(io.salesbot.reply.DealCardField.of(((BotReply.DealCard) snoozed).deal()).stream()
                        .map(field -> localizer.text(
                                        field.label(),
                                        gateway.handle(rep, "/opp help").reader()) + " "
                                + localizer.format(
                                        field.value(),
                                        gateway.handle(rep, "/opp help").reader()))
                        .toList())
                .contains("Alerts snoozed until 30 Nov 2026: waiting for their budget");

        clock.set(STALE);
        alerts.enqueueDue();
        assertThat(queued()).isEmpty(); // snoozed: the owner hears nothing

        clock.set(ESCALATED);
        alerts.enqueueDue();
        alerts.enqueueDue();
        assertThat(queued()).containsExactly("U-mgr");
        worker.deliverDue();
        RecordingNotifier.Delivered toManager = platform.deliveredTo(team).get(0);
        assertThat(localizer.text(((BotReply.Prompt) toManager.reply()).message(), toManager.reader()))
                .isEqualTo("U-rep snoozed the alerts of #1 Waiting Co until 30 Nov 2026: waiting for their budget");

        // the snooze ends at midnight of 30 Nov in Bangkok (17:00 UTC the day before): the owner hears
        clock.set(Instant.parse("2026-11-29T16:59:00Z"));
        alerts.enqueueDue();
        assertThat(queued()).containsExactly("U-mgr");
        clock.set(Instant.parse("2026-11-29T17:00:00Z"));
        alerts.enqueueDue();
        assertThat(queued()).containsExactly("U-mgr", "U-rep");

        // and the manager a week after that, if it is still idle
        clock.set(Instant.parse("2026-12-06T16:59:00Z"));
        alerts.enqueueDue();
        assertThat(queued()).hasSize(2);
        clock.set(Instant.parse("2026-12-06T17:00:00Z"));
        alerts.enqueueDue();
        assertThat(queued()).containsExactly("U-mgr", "U-rep", "U-mgr");
    }

    @Test
    void snoozingNeedsALaterDayAnOpenDealAndItsOwnerOrAManagerAndIsKeptInTheHistory() {
        gateway.handle(rep, "/opp new Snoozy amount:1000");
        Caller otherRep = member("U-other", Role.REP, "Asia/Bangkok");

        assertThat(errorKey(
                        gateway.handle(rep, "/opp snooze #1 2026-11-01 late").reply()))
                .isEqualTo("error.snooze.past");
        assertThat(errorKey(gateway.handle(otherRep, "/opp snooze #1 friday mine now")
                        .reply()))
                .isEqualTo("error.permission.notOwner");
        assertThat(gateway.handle(rep, "/opp snooze #1").reply()).isInstanceOf(BotReply.Form.class);
        gateway.handle(manager, "/opp snooze #1 2026-11-20 customer on holiday");
        assertThat(jdbc.queryForObject(
                        "SELECT note FROM opportunity_change c JOIN workspace w ON w.id = c.workspace_id"
                                + " WHERE w.external_id = ? AND c.field = 'SNOOZED'",
                        String.class,
                        team))
                .isEqualTo("customer on holiday");

        gateway.handle(rep, "/opp won #1");
        assertThat(errorKey(gateway.handle(rep, "/opp snooze #1 2026-12-20 why").reply()))
                .isEqualTo("error.snooze.closed");
    }

    private String errorKey(BotReply reply) {
        return reply instanceof BotReply.Error error ? error.message().key() : String.valueOf(reply);
    }

    private List<String> queued() {
        return jdbc.queryForList(
                "SELECT o.target_id FROM outbox o JOIN workspace w ON w.id = o.workspace_id"
                        + " WHERE w.external_id = ? AND o.kind = 'STALE' ORDER BY o.id",
                String.class,
                team);
    }
}
