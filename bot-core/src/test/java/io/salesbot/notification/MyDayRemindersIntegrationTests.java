package io.salesbot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.command.Caller;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.workspace.Role;
import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each member's morning "my day" comes at their own 09:00 (or the time they chose), on their
 * working days, once however many runs and instances look. Worked by hand for Tuesday 8 Dec 2026:
 * 09:00 in Tokyo (UTC+9) is 00:00 UTC, in Bangkok (UTC+7) 02:00 UTC, in Berlin (CET, UTC+1) 08:00
 * UTC; after Berlin moves to summer time (29 Mar 2026), its 09:00 is 07:00 UTC.
 */
class MyDayRemindersIntegrationTests extends TeamNotificationTestBase {

    static final Instant TUESDAY_9_TOKYO = Instant.parse("2026-12-08T00:00:00Z");
    static final Instant TUESDAY_9_BANGKOK = Instant.parse("2026-12-08T02:00:00Z");
    static final Instant TUESDAY_9_BERLIN = Instant.parse("2026-12-08T08:00:00Z");

    @Autowired
    MyDayReminders reminders;

    @BeforeEach
    void team() {
        // Members of every other test's workspaces share this database: their mornings are not ours.
        jdbc.update(
                "UPDATE member SET last_my_day_on = ? WHERE last_my_day_on IS NULL OR last_my_day_on < ?",
                Date.valueOf("2999-01-01"),
                Date.valueOf("2999-01-01"));
    }

    Caller member(String id, Role role, String zone, String locale) {
        Caller caller = caller(id, role, zone, locale);
        gateway.handle(caller, "/salesbot me");
        return caller;
    }

    @Test
    void eachMemberHearsAtNineTheirTimeOnWorkingDaysOnceHoweverManyInstancesLook() throws Exception {
        member("U-tyo", Role.ADMIN, "Asia/Tokyo", "en");
        member("U-bkk", Role.REP, "Asia/Bangkok", "th-TH");
        member("U-ber", Role.REP, "Europe/Berlin", "en");

        clock.set(TUESDAY_9_TOKYO.minusSeconds(60));
        assertThat(reminders.enqueueDue()).isZero();
        clock.set(TUESDAY_9_TOKYO);
        reminders.enqueueDue();
        assertThat(queuedFor()).containsExactly("U-tyo");

        clock.set(TUESDAY_9_BANGKOK);
        reminders.enqueueDue();
        assertThat(queuedFor()).containsExactly("U-tyo", "U-bkk");

        // four instances at Berlin's nine: one DM for Berlin, none again for the others
        clock.set(TUESDAY_9_BERLIN.plusSeconds(20));
        ExecutorService instances = Executors.newFixedThreadPool(4);
        int added = 0;
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(reminders::enqueueDue);
            }
            for (Future<Integer> run : instances.invokeAll(runs)) {
                added += run.get();
            }
        } finally {
            instances.shutdown();
        }
        assertThat(added).isEqualTo(1);
        assertThat(queuedFor()).containsExactly("U-tyo", "U-bkk", "U-ber");

        // the next working day, again; Saturday and Sunday, nothing
        clock.set(TUESDAY_9_TOKYO.plus(java.time.Duration.ofDays(1)));
        reminders.enqueueDue();
        assertThat(queuedFor()).containsExactly("U-tyo", "U-bkk", "U-ber", "U-tyo");
        clock.set(Instant.parse("2026-12-12T09:00:00Z")); // Saturday 18:00 Tokyo, 16:00 Bangkok, 10:00 Berlin
        assertThat(reminders.enqueueDue()).isZero();
    }

    @Test
    void berlinsNineMovesWithSummerTimeAndAMovedOrMutedMorningIsKept() {
        member("U-ber", Role.REP, "Europe/Berlin", "en");
        Caller early = member("U-early", Role.REP, "Europe/Berlin", "en");
        Caller muted = member("U-off", Role.REP, "Europe/Berlin", "en");
        gateway.handle(early, "/salesbot me digest 07:30");
        gateway.handle(muted, "/salesbot me digest off");

        // Friday 27 Mar 2026, still winter time: 07:30 Berlin is 06:30 UTC, 09:00 is 08:00 UTC
        clock.set(Instant.parse("2026-03-27T06:30:00Z"));
        reminders.enqueueDue();
        assertThat(queuedFor()).containsExactly("U-early");
        clock.set(Instant.parse("2026-03-27T07:59:00Z"));
        reminders.enqueueDue();
        assertThat(queuedFor()).containsExactly("U-early");
        clock.set(Instant.parse("2026-03-27T08:00:00Z"));
        reminders.enqueueDue();
        assertThat(queuedFor()).containsExactly("U-early", "U-ber");

        // Monday 30 Mar, summer time: 09:00 Berlin is 07:00 UTC
        clock.set(Instant.parse("2026-03-30T07:00:00Z"));
        reminders.enqueueDue();
        assertThat(queuedFor()).containsExactly("U-early", "U-ber", "U-ber", "U-early"); // at once, in member order
    }

    @Test
    void theDayListsTasksDealsClosingThisWeekDealsWithoutANextStepAndQuietDealsEachWithItsButton() {
        Caller rep = member("U-bkk", Role.REP, "Asia/Bangkok", "th-TH");
        clock.set(Instant.parse("2026-11-02T03:00:00Z"));
        gateway.handle(rep, "/opp new Old Co amount:50000 close:2027-03-31");
        clock.set(Instant.parse("2026-12-07T03:00:00Z"));
        gateway.handle(rep, "/opp new Acme ERP amount:1200000 close:2026-12-10");
        gateway.handle(rep, "/opp next acme erp send the quote due:2026-12-09");
        gateway.handle(rep, "/task new call Anna due:\"2026-12-07 10:00\""); // late by Tuesday
        gateway.handle(rep, "/task new send contract deal:acme due:\"2026-12-08 14:00\"");
        gateway.handle(rep, "/task new next week due:2026-12-15");

        clock.set(TUESDAY_9_BANGKOK);
        reminders.enqueueDue();
        worker.deliverDue();

        List<RecordingNotifier.Delivered> sent = platform.deliveredTo(team);
        assertThat(sent).hasSize(1);
        RecordingNotifier.Delivered dm = sent.get(0);
        assertThat(dm.target()).isEqualTo(DeliveryTarget.member("U-bkk"));
        String words = String.join("\n", words(dm));
        assertThat(words)
                .contains("วันของคุณ")
                .contains("งานที่ถึงกำหนดวันนี้หรือเลยกำหนด (2)")
                .contains("T-1 call Anna, เลยกำหนดตั้งแต่")
                .contains("T-2 send contract, กำหนด 8 ธ.ค. 2569 14:00 (โอกาสการขาย #2 Acme ERP)")
                .doesNotContain("next week")
                .contains("โอกาสการขายที่คาดว่าจะปิดสัปดาห์นี้ (1)")
                .contains("#2 Acme ERP: ปิด")
                .contains("โอกาสการขายที่ยังไม่มีขั้นตอนถัดไป (1)")
                .contains("โอกาสการขายที่เงียบไป (1)")
                .contains("#1 Old Co");
        assertThat(buttons(dm)).containsExactly("/task done T-1", "/task done T-2", "/opp show #2", "/opp show #1");
    }

    @Test
    void aMorningMissedByMoreThanThreeHoursPassesWithoutADmAndTheNextMorningHasItsOwn() {
        member("U-bkk", Role.REP, "Asia/Bangkok", "en");

        // first seen at 21:15 Tuesday in Bangkok: that morning's DM is no longer news
        clock.set(Instant.parse("2026-12-08T14:15:00Z"));
        assertThat(reminders.enqueueDue()).isZero();
        // moved to 21:20 that evening, it comes at 21:20
        Caller evening = member("U-eve", Role.REP, "Asia/Bangkok", "en");
        gateway.handle(evening, "/salesbot me digest 21:20");
        clock.set(Instant.parse("2026-12-08T14:19:00Z"));
        reminders.enqueueDue();
        assertThat(queuedFor()).isEmpty();
        clock.set(Instant.parse("2026-12-08T14:20:30Z"));
        reminders.enqueueDue();
        assertThat(queuedFor()).containsExactly("U-eve");
        gateway.handle(evening, "/salesbot me digest off");
        // an instance back at 11:59 still sends the morning's; at 12:00 it is too late
        clock.set(Instant.parse("2026-12-09T04:59:00Z"));
        reminders.enqueueDue();
        assertThat(queuedFor()).containsExactly("U-eve", "U-bkk");
        member("U-late", Role.REP, "Asia/Bangkok", "en");
        clock.set(Instant.parse("2026-12-09T05:00:00Z"));
        assertThat(reminders.enqueueDue()).isZero();
        clock.set(Instant.parse("2026-12-10T02:00:00Z"));
        reminders.enqueueDue();
        assertThat(queuedFor()).containsExactly("U-eve", "U-bkk", "U-bkk", "U-late");
    }

    @Test
    void aDayWithNothingToDoSaysSoInOneLine() {
        member("U-tyo", Role.REP, "Asia/Tokyo", "en");
        clock.set(TUESDAY_9_TOKYO);
        reminders.enqueueDue();
        worker.deliverDue();

        RecordingNotifier.Delivered dm = platform.deliveredTo(team).get(0);
        assertThat(dm.reply()).isInstanceOf(BotReply.Text.class);
        assertThat(words(dm))
                .containsExactly("Your day, 8 Dec 2026: nothing is due, and none of your deals needs you today.");
    }

    private List<String> queuedFor() {
        return jdbc.queryForList(
                "SELECT o.target_id FROM outbox o JOIN workspace w ON w.id = o.workspace_id"
                        + " WHERE w.external_id = ? AND o.kind = 'MYDAY' ORDER BY o.id",
                String.class,
                team);
    }

    private List<String> words(RecordingNotifier.Delivered dm) {
        List<String> all = new ArrayList<>();
        collect(dm.reply(), dm, all, null);
        return all;
    }

    private List<String> buttons(RecordingNotifier.Delivered dm) {
        List<String> commands = new ArrayList<>();
        collect(dm.reply(), dm, new ArrayList<>(), commands);
        return commands;
    }

    private void collect(BotReply reply, RecordingNotifier.Delivered dm, List<String> words, List<String> commands) {
        if (reply instanceof BotReply.Many many) {
            many.parts().forEach(part -> collect(part, dm, words, commands));
        } else if (reply instanceof BotReply.Prompt prompt) {
            words.add(localizer.text(prompt.message(), dm.reader()));
            if (commands != null) {
                prompt.actions().stream().map(CardAction::command).forEach(commands::add);
            }
        } else if (reply instanceof BotReply.Text text) {
            words.add(localizer.text(text.message(), dm.reader()));
        }
    }
}
