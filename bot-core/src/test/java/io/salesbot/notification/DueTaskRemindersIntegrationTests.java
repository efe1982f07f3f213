package io.salesbot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.command.Caller;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task's owner gets a DM when it falls due, at that moment read in their own zone, once however
 * many runs and instances look; with quiet hours on (the default) nothing lands between 20:00 and
 * 08:00 their time or at a weekend: it waits for the next allowed minute. Worked by hand: Friday
 * 4 Dec 2026 14:00 in Bangkok (UTC+7) is 07:00 UTC, which is 16:00 in Tokyo (UTC+9).
 */
class DueTaskRemindersIntegrationTests extends TeamNotificationTestBase {

    static final Instant FRIDAY_14_BANGKOK = Instant.parse("2026-12-04T07:00:00Z");

    @Autowired
    DueTaskReminders reminders;

    Caller bangkokRep;
    Caller tokyoManager;

    @BeforeEach
    void team() {
        // the cursor is shared by every workspace of this test database: each test starts afresh
        jdbc.update("DELETE FROM reminder_cursor");
        gateway.handle(caller("U-admin", Role.ADMIN, "Asia/Bangkok", "en"), "/salesbot help");
        bangkokRep = caller("U-bkk", Role.REP, "Asia/Bangkok", "th-TH");
        tokyoManager = caller("U-tyo", Role.MANAGER, "Asia/Tokyo", "en-US");
        gateway.handle(tokyoManager, "/salesbot me");
    }

    @AfterEach
    void back() {
        jdbc.update("DELETE FROM reminder_cursor");
    }

    String words(RecordingNotifier.Delivered delivered) {
        return localizer.text(((BotReply.Prompt) delivered.reply()).message(), delivered.reader());
    }

    @Test
    void aTaskDueFridayAtTwoInBangkokReachesItsOwnerThenInThaiAndReadsFourInTokyo() {
        gateway.handle(bangkokRep, "/task new โทรหาลูกค้า due:\"2026-12-04 14:00\"");

        clock.set(FRIDAY_14_BANGKOK.minusSeconds(60));
        reminders.enqueueDue();
        assertThat(rows()).isZero(); // a minute early: nothing yet

        clock.set(FRIDAY_14_BANGKOK);
        reminders.enqueueDue();
        worker.deliverDue();

        List<RecordingNotifier.Delivered> sent = platform.deliveredTo(team);
        assertThat(sent).hasSize(1);
        RecordingNotifier.Delivered dm = sent.get(0);
        assertThat(dm.target()).isEqualTo(DeliveryTarget.member("U-bkk"));
        assertThat(dm.reader().zone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
        assertThat(words(dm)).startsWith("งาน T-1 ถึงกำหนด").contains("14:00").contains("โทรหาลูกค้า");
        // its buttons finish it, put it off a day or a week, or ask for the day (a form)
        assertThat(((BotReply.Prompt) dm.reply()).actions())
                .extracting(CardAction::command)
                .containsExactly("/task done T-1", "/task snooze T-1 1d", "/task snooze T-1 7d", "/task snooze T-1");
        assertThat(((BotReply.Prompt) dm.reply()).actions())
                .extracting(action -> localizer.text(action.label(), dm.reader()))
                .containsExactly("เสร็จแล้ว", "เลื่อน 1 วัน", "เลื่อน 1 สัปดาห์", "เลือกวัน…");

        // the same notice, read by the Tokyo manager, is due at 16:00 their time
        ReplyLocale tokyo = ReplyLocale.of("en", ZoneId.of("Asia/Tokyo"));
        String forManager = localizer.text(((BotReply.Prompt) dm.reply()).message(), tokyo);
        assertThat(forManager).contains("16:00").doesNotContain("14:00");
    }

    @Test
    void everyRunAndInstanceQueuesTheDueTaskOnce() throws Exception {
        gateway.handle(bangkokRep, "/task new call Anna due:\"2026-12-04 14:00\"");
        gateway.handle(bangkokRep, "/task new call Ben due:\"2026-12-04 14:00\"");
        clock.set(FRIDAY_14_BANGKOK.plusSeconds(30));

        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(reminders::enqueueDue);
            }
            int added = 0;
            for (Future<Integer> run : instances.invokeAll(runs)) {
                added += run.get();
            }
            assertThat(added).isEqualTo(2);
            instances.invokeAll(List.<Callable<Integer>>of(worker::deliverDue, worker::deliverDue, worker::deliverDue));
        } finally {
            instances.shutdown();
        }
        clock.set(FRIDAY_14_BANGKOK.plusSeconds(90));
        reminders.enqueueDue();
        worker.deliverDue();

        assertThat(rows()).isEqualTo(2);
        assertThat(platform.deliveredTo(team)).hasSize(2);
    }

    @Test
    void aTaskDueAtNightWaitsForTheNextWorkingMorningUnlessQuietHoursAreOff() {
        // Friday 21:00 in Bangkok is 14:00 UTC; the next allowed minute is Monday 7 Dec 08:00 (01:00 UTC)
        gateway.handle(bangkokRep, "/task new late one due:\"2026-12-04 21:00\"");
        Caller tokyoRep = caller("U-tyo-rep", Role.REP, "Asia/Tokyo", "en");
        gateway.handle(tokyoRep, "/salesbot me quiet off");
        gateway.handle(tokyoRep, "/task new night owl due:\"2026-12-04 23:00\""); // 14:00 UTC too

        clock.set(Instant.parse("2026-12-04T14:00:00Z"));
        reminders.enqueueDue();
        worker.deliverDue();
        assertThat(platform.deliveredTo(team))
                .extracting(RecordingNotifier.Delivered::target)
                .containsExactly(DeliveryTarget.member("U-tyo-rep"));
        assertThat(jdbc.queryForObject(
                                "SELECT next_attempt_at FROM outbox WHERE workspace_id = (SELECT id FROM workspace WHERE external_id = ?)"
                                        + " AND target_id = 'U-bkk'",
                                Timestamp.class,
                                team)
                        .toInstant())
                .isEqualTo(Instant.parse("2026-12-07T01:00:00Z"));

        clock.set(Instant.parse("2026-12-07T00:59:00Z"));
        worker.deliverDue();
        assertThat(platform.deliveredTo(team)).hasSize(1);

        clock.set(Instant.parse("2026-12-07T01:00:00Z"));
        worker.deliverDue();
        assertThat(platform.deliveredTo(team))
                .extracting(RecordingNotifier.Delivered::target)
                .containsExactly(DeliveryTarget.member("U-tyo-rep"), DeliveryTarget.member("U-bkk"));
    }

    @Test
    void aReminderHeldThroughTheNightIsDroppedWhenItsTaskIsDoneOrPutOffMeanwhile() {
        // Friday 21:00 and 21:30 in Bangkok: both held to Monday 08:00 (01:00 UTC)
        gateway.handle(bangkokRep, "/task new done by then due:\"2026-12-04 21:00\"");
        gateway.handle(bangkokRep, "/task new put off due:\"2026-12-04 21:30\"");
        gateway.handle(bangkokRep, "/task new still due due:\"2026-12-04 21:30\"");
        clock.set(Instant.parse("2026-12-04T14:30:00Z"));
        reminders.enqueueDue();
        assertThat(rows()).isEqualTo(3);

        // Saturday, the rep finishes one and puts another off to Tuesday
        clock.set(Instant.parse("2026-12-05T03:00:00Z"));
        gateway.handle(bangkokRep, "/task done T-1");
        gateway.handle(bangkokRep, "/task snooze T-2 \"2026-12-08 10:00\"");

        clock.set(Instant.parse("2026-12-07T01:00:00Z"));
        worker.deliverDue();

        assertThat(platform.deliveredTo(team)).hasSize(1);
        assertThat(words(platform.deliveredTo(team).get(0))).contains("still due");
        assertThat(jdbc.queryForList(
                        "SELECT o.status FROM outbox o JOIN workspace w ON w.id = o.workspace_id"
                                + " WHERE w.external_id = ? AND o.kind = 'TASK'",
                        String.class,
                        team))
                .containsOnly("SENT");
    }

    @Test
    void aTaskDueOnADayWithoutATimeIsToldAtEightNotAtMidnightEvenWithQuietHoursOff() {
        gateway.handle(bangkokRep, "/salesbot me quiet off");
        gateway.handle(bangkokRep, "/task new renew the contract due:2026-12-08");

        // midnight in Bangkok, Tuesday 8 Dec (17:00 UTC Monday): it falls due, to land at 08:00
        clock.set(Instant.parse("2026-12-07T17:00:00Z"));
        reminders.enqueueDue();
        worker.deliverDue();
        assertThat(platform.deliveredTo(team)).isEmpty();

        clock.set(Instant.parse("2026-12-08T01:00:00Z"));
        worker.deliverDue();
        assertThat(platform.deliveredTo(team)).hasSize(1);
        assertThat(words(platform.deliveredTo(team).get(0))).contains("renew the contract", "วันนี้");
    }

    @Test
    void quietHoursHoldUntilEightOnAWorkingDayInTheMembersZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // Tuesday 15:00 Berlin: allowed as it is
        assertThat(QuietHours.nextAllowed(Instant.parse("2026-12-08T14:00:00Z"), berlin))
                .isEqualTo(Instant.parse("2026-12-08T14:00:00Z"));
        // Tuesday 06:30 Berlin (05:30 UTC): that day 08:00 (07:00 UTC)
        assertThat(QuietHours.nextAllowed(Instant.parse("2026-12-08T05:30:00Z"), berlin))
                .isEqualTo(Instant.parse("2026-12-08T07:00:00Z"));
        // Saturday 28 Mar 2026 noon in Berlin (CET) → Monday 30 Mar 08:00, summer time by then (06:00 UTC)
        assertThat(QuietHours.nextAllowed(Instant.parse("2026-03-28T11:00:00Z"), berlin))
                .isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
        // Friday 20:00 Tokyo exactly is already quiet: Monday 08:00 Tokyo
        assertThat(QuietHours.nextAllowed(Instant.parse("2026-12-04T11:00:00Z"), ZoneId.of("Asia/Tokyo")))
                .isEqualTo(Instant.parse("2026-12-06T23:00:00Z"));
    }

    private long rows() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox o JOIN workspace w ON w.id = o.workspace_id"
                        + " WHERE w.external_id = ? AND o.kind = 'TASK'",
                Long.class,
                team);
    }
}
