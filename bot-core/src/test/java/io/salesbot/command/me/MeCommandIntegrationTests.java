package io.salesbot.command.me;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Answer;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.task.TaskService;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each member's own clock and language: learned from what the platform says when they are seen
 * (Slack's users.info tz and locale, Discord's locale), kept once they choose with {@code
 * /salesbot me}, and followed by replies and by the due times they type, unless the workspace
 * forces a language. Members in Bangkok, Tokyo and Berlin share one workspace (zone Bangkok).
 */
class MeCommandIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    @Autowired
    TaskService tasks;

    String team;
    Caller admin;

    @BeforeEach
    void team() {
        team = "T-" + UUID.randomUUID();
        admin = caller("U-admin", Role.ADMIN, "Asia/Bangkok", "th-TH");
    }

    Caller caller(String id, Role role, String zone, String locale) {
        return new Caller(new Visitor(Platform.SLACK, team, "Team", id, id, role).withClock(zone, locale), null);
    }

    String said(Caller who, String line) {
        Answer answer = gateway.handle(who, line);
        BotReply reply = answer.reply();
        return localizer.text(
                reply instanceof BotReply.Text t ? t.message() : ((BotReply.Error) reply).message(), answer.reader());
    }

    @Test
    void membersReadInTheZoneAndLanguageTheirPlatformGives() {
        gateway.handle(admin, "/salesbot help");
        Caller tokyo = caller("U-tokyo", Role.MANAGER, "Asia/Tokyo", "ja-JP");

        assertThat(said(tokyo, "/salesbot me"))
                .contains("Your time zone: Asia/Tokyo.")
                .contains("Your language: English.")
                .contains("Quiet hours (nothing between 20:00 and 08:00 or at weekends): on")
                .contains("Morning summary: at 09:00");
        assertThat(gateway.handle(tokyo, "/salesbot me").reader().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(said(admin, "/salesbot me"))
                .contains("เขตเวลาของคุณ: Asia/Bangkok")
                .contains("ภาษาของคุณ: ภาษาไทย");

        Caller noClock = new Caller(new Visitor(Platform.SLACK, team, "Team", "U-plain", "Plain", Role.REP), null);
        assertThat(said(noClock, "/salesbot me"))
                .contains("Asia/Bangkok (the workspace's)")
                .contains("English (the workspace's)");
    }

    @Test
    void aChoiceOutlivesWhatThePlatformSaysAndAForcedLanguageOutranksBoth() {
        Caller berlin = caller("U-berlin", Role.REP, "Asia/Tokyo", "en-US");
        assertThat(said(berlin, "/salesbot me timezone Europe/Berlin")).contains("Your time zone: Europe/Berlin.");
        assertThat(said(berlin, "/salesbot me ภาษา ไทย")).contains("ภาษาของคุณ: ภาษาไทย");

        // seen again, the platform still says Tokyo and English: the member's choice stays
        Answer again = gateway.handle(berlin, "/salesbot me");
        assertThat(again.reader().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(again.reader().thai()).isTrue();

        gateway.handle(admin, "/salesbot language en force");
        assertThat(said(berlin, "/salesbot me"))
                .contains("Your language: English (the workspace sets it for everyone).");
    }

    @Test
    void aTaskDueAtTwoIsDueAtTwoWhereItsAuthorLives() {
        gateway.handle(admin, "/salesbot help");
        Caller berlin = caller("U-berlin", Role.REP, "Europe/Berlin", "en");
        Caller tokyo = caller("U-tokyo", Role.REP, "Asia/Tokyo", "en");
        gateway.handle(berlin, "/task new Call Anna due:\"2026-12-04 14:00\"");
        gateway.handle(tokyo, "/task new Call Ken due:\"2026-12-04 14:00\"");

        assertThat(
                        tasks
                                .dueBetween(
                                        Instant.parse("2026-12-04T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z"))
                                .stream()
                                .filter(task -> task.text().startsWith("Call "))
                                .map(task -> task.text() + " " + task.dueAt()))
                .containsExactly("Call Ken 2026-12-04T05:00:00Z", "Call Anna 2026-12-04T13:00:00Z");
    }

    @Test
    void badValuesAreRefusedInWords() {
        Caller rep = caller("U-rep", Role.REP, null, null);
        assertThat(said(rep, "/salesbot me timezone Mars/Olympus")).contains("`Mars/Olympus` is not a time zone");
        assertThat(said(rep, "/salesbot me quiet maybe")).contains("`maybe` is neither on nor off");
        assertThat(said(rep, "/salesbot me digest noon")).contains("`noon` is not a time of day");
        assertThat(said(rep, "/salesbot me digest off")).contains("Morning summary: off");
        assertThat(said(rep, "/salesbot me quiet off"))
                .contains("Quiet hours (nothing between 20:00 and 08:00 or at weekends): off");
    }

    @Test
    void theTeamsCalendarStaysTheWorkspacesWhoeverActsWhileTimesReadInTheirOwnZone() {
        Caller tokyo = caller("U-tokyo", Role.MANAGER, "Asia/Tokyo", "en-US");
        gateway.handle(tokyo, "/opp new Late deal amount:100k close:2026-12-20");
        // 15:30 UTC: Tuesday 22:30 in Bangkok (the workspace), already Wednesday 00:30 in Tokyo
        clock.set(Instant.parse("2026-12-01T15:30:00Z"));

        Answer won = gateway.handle(tokyo, "/opp won late deal");

        assertThat(won.reply()).isInstanceOf(BotReply.DealCard.class);
        assertThat(((BotReply.DealCard) won.reply()).deal().progress().closeDate())
                .as("the deal closes on the workspace's day, the day its period counts")
                .isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        assertThat(won.reader().zone()).as("the reply reads in the Tokyo clock").isEqualTo(ZoneId.of("Asia/Tokyo"));
    }
}
