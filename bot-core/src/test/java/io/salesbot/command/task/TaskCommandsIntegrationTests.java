package io.salesbot.command.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.FormField;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.task.TaskService;
import io.salesbot.task.TaskView;
import io.salesbot.values.Due;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /task}: numbered per workspace, owned by a member, due to the minute in the workspace's
 * zone (Bangkok, UTC+7); reps see and change their own, managers the team's. The test clock stands
 * at Friday 27 Nov 2026, 10:00 in Bangkok (03:00 UTC).
 */
class TaskCommandsIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    @Autowired
    TaskService tasks;

    @Autowired
    Localizer localizer;

    String team;
    Caller manager;
    Caller rep;
    Caller otherRep;

    @BeforeEach
    void team() {
        team = "T-" + UUID.randomUUID();
        manager = caller("U-m", "Malee", Role.MANAGER);
        rep = caller("U-r", "Somchai", Role.REP);
        otherRep = caller("U-o", "Orn", Role.REP);
    }

    Caller caller(String id, String name, Role role) {
        return new Caller(new Visitor(Platform.SLACK, team, "Team", id, name, role), null);
    }

    BotReply run(Caller who, String line) {
        return gateway.handle(who, line).reply();
    }

    String text(Caller who, BotReply reply) {
        Message message = reply instanceof BotReply.Text t ? t.message() : ((BotReply.Error) reply).message();
        return localizer.text(message, gateway.handle(who, "/task help").reader());
    }

    String errorKey(BotReply reply) {
        assertThat(reply).isInstanceOf(BotReply.Error.class);
        return ((BotReply.Error) reply).message().key();
    }

    List<String> labels(BotReply reply) {
        return ((BotReply.Table) reply)
                .rows().stream().map(row -> (String) row.get(0)).toList();
    }

    @Test
    void aTaskIsNumberedOwnedDueToTheMinuteAndTiedToItsDeal() {
        run(rep, "/opp new Acme ERP");

        BotReply created = run(rep, "/task new call the CFO deal:acme due:\"tomorrow 14:00\"");

        assertThat(text(rep, created))
                .isEqualTo("Task T-1 created: call the CFO (for Somchai, due 28 Nov 2026 14:00, deal #1 Acme ERP).");
        List<TaskView> due =
                tasks.dueBetween(Instant.parse("2026-11-28T06:59:00Z"), Instant.parse("2026-11-28T07:01:00Z"));
        assertThat(due).extracting(TaskView::label).containsExactly("T-1");
        assertThat(due.get(0).due()).isEqualTo(new Due(LocalDate.of(2026, 11, 28), LocalTime.of(14, 0)));
        assertThat(due.get(0).dueZone().getId()).isEqualTo("Asia/Bangkok");
        assertThat(run(rep, "/task new second")).isInstanceOf(BotReply.Text.class);
        assertThat(labels(run(rep, "/task list"))).containsExactly("T-1", "T-2");
    }

    @Test
    void aTaskWithoutATimeFallsDueAtTheStartOfItsDayAndIsLateOnceTheDayIsOver() {
        run(rep, "/task new send the contract due:today");

        TaskView task =
                tasks.dueBetween(Instant.parse("2026-11-26T16:59:00Z"), Instant.parse("2026-11-26T17:01:00Z")).stream()
                        .filter(t -> t.ownerName().equals("Somchai"))
                        .findFirst()
                        .orElseThrow();

        assertThat(task.overdueAt()).isEqualTo(Instant.parse("2026-11-27T17:00:00Z"));
        assertThat(task.overdue()).isFalse();
        assertThat(run(rep, "/task list overdue")).isInstanceOf(BotReply.Text.class);
        clock.advance(Duration.ofHours(14)); // 00:00 in Bangkok on the 28th
        assertThat(labels(run(rep, "/task list overdue"))).containsExactly("T-1");
    }

    @Test
    void todayListsWhatIsDueByTheEndOfTodayAndOverdueIsTheTeamsForAManager() {
        run(rep, "/task new late one due:yesterday");
        run(rep, "/task new this evening due:18:00");
        run(rep, "/task new next week due:1w");
        run(otherRep, "/task new colleague late due:\"yesterday 09:00\"");

        assertThat(labels(run(rep, "/task list today"))).containsExactly("T-1", "T-2");
        assertThat(labels(run(rep, "/task list overdue"))).containsExactly("T-1");
        assertThat(labels(run(manager, "/task list overdue"))).containsExactly("T-4", "T-1");
        assertThat(((BotReply.Table) run(manager, "/task list overdue")).title())
                .isEqualTo(Message.of("reply.task.list.overdue.team", 2L, null));
        assertThat(labels(run(manager, "/task list all"))).containsExactly("T-4", "T-1", "T-2", "T-3");
        assertThat(labels(run(manager, "/task list @U-o"))).containsExactly("T-4");
        assertThat(errorKey(run(rep, "/task list @U-o"))).isEqualTo("error.task.othersTasks");
    }

    @Test
    void onlyAManagerGivesSomeoneElseATaskAndOnlyItsOwnerOrAManagerTicksItOff() {
        run(otherRep, "/task list");
        run(rep, "/task list");
        assertThat(errorKey(run(rep, "/task new do my work for me @U-o"))).isEqualTo("error.permission.assign");
        assertThat(text(manager, run(manager, "/task new prepare the demo @U-r")))
                .isEqualTo("Task T-1 created: prepare the demo (for Somchai).");

        assertThat(errorKey(run(otherRep, "/task done T-1"))).isEqualTo("error.permission.notOwner");
        assertThat(text(rep, run(rep, "/task done t1"))).isEqualTo("Task T-1 done: prepare the demo (for Somchai).");
        assertThat(errorKey(run(rep, "/task done 1"))).isEqualTo("error.task.done");
        assertThat(run(rep, "/task list")).isInstanceOf(BotReply.Text.class);
        assertThat(jdbc.queryForObject(
                        "SELECT done_by IS NOT NULL FROM task WHERE number = 1 AND workspace_id = "
                                + "(SELECT id FROM workspace WHERE external_id = ?)",
                        Boolean.class,
                        team))
                .isTrue();
    }

    @Test
    void snoozingByADayKeepsTheTimeOfDayAndAMomentPastIsWarnedAbout() {
        run(rep, "/task new call back due:\"today 14:00\"");

        BotReply snoozed = run(rep, "/task snooze T-1 1d");
        BotReply toThePast = run(rep, "/task snooze T-1 \"yesterday 08:00\"");

        assertThat(text(rep, snoozed)).isEqualTo("Task T-1 put off: call back (for Somchai, due 28 Nov 2026 14:00).");
        assertThat(text(rep, toThePast))
                .isEqualTo("Task T-1 put off: call back (for Somchai, overdue since 26 Nov 2026 08:00)."
                        + " It is already late: that moment has passed.");
        assertThat(run(rep, "/task snooze T-1 2h")).isInstanceOf(BotReply.Text.class);
        assertThat(tasks.dueBetween(Instant.parse("2026-11-27T05:00:00Z"), Instant.parse("2026-11-27T05:01:00Z")))
                .extracting(TaskView::text)
                .contains("call back");
    }

    @Test
    void snoozingWithoutAMomentAsksForTheDayInAFormThatPutsTheTaskOff() {
        run(rep, "/task new call back due:\"today 14:00\"");

        BotReply asked = run(rep, "/task snooze T-1");

        assertThat(asked).isInstanceOf(BotReply.Form.class);
        BotReply.Form form = (BotReply.Form) asked;
        assertThat(form.fixed()).containsEntry("task", "T-1");
        assertThat(form.fields()).singleElement().satisfies(field -> {
            assertThat(field.option()).isEqualTo("when");
            assertThat(field.type()).isEqualTo(FormField.Type.DATE);
        });
        // a platform's date picker sends the day as an ISO date; the task keeps its time of day
        BotReply snoozed = gateway.submit(rep, form.command(), java.util.Map.of("task", "T-1", "when", "2026-12-02"))
                .reply();
        assertThat(text(rep, snoozed)).isEqualTo("Task T-1 put off: call back (for Somchai, due 2 Dec 2026 14:00).");
        // someone else's task is refused before a form opens
        Caller other = caller("U-other", "Other", Role.REP);
        assertThat(errorKey(run(other, "/task snooze T-1"))).isEqualTo("error.permission.notOwner");
    }

    @Test
    void mistakesAreSaidClearly() {
        assertThat(errorKey(run(rep, "/task new"))).isEqualTo("error.option.missing");
        assertThat(errorKey(run(rep, "/task new due:tomorrow"))).isEqualTo("error.option.missing");
        assertThat(errorKey(run(rep, "/task snooze"))).isEqualTo("error.option.missing");
        assertThat(text(rep, run(rep, "/task new call due:someday"))).startsWith("`someday` is not a time to be due.");
        assertThat(text(rep, run(rep, "/task done T-99"))).startsWith("There is no task T-99 in this workspace.");
        assertThat(errorKey(run(rep, "/task done acme"))).isEqualTo("error.task.ref");
        assertThat(errorKey(run(rep, "/task new call deal:#77"))).isEqualTo("error.deal.unknown");
        assertThat(count("task", workspaces.enter(rep.visitor()))).isZero();
    }

    @Test
    void anotherWorkspaceNumbersItsOwnTasksAndCannotTouchThese() {
        run(rep, "/task new ours");
        Caller stranger = new Caller(
                new Visitor(Platform.SLACK, "T-" + UUID.randomUUID(), "Other", "U-x", "Xavier", Role.ADMIN), null);

        assertThat(errorKey(run(stranger, "/task done T-1"))).isEqualTo("error.task.unknown");
        assertThat(text(stranger, run(stranger, "/task new theirs"))).startsWith("Task T-1 created: theirs");
        assertThat(labels(run(stranger, "/task list all"))).containsExactly("T-1");
        assertThat(((BotReply.Table) run(stranger, "/task list all"))
                        .rows()
                        .get(0)
                        .get(1))
                .isEqualTo("theirs");
    }

    @Test
    void thaiKeywordsListTheSameTasksAndThaiReadersReadThai() {
        run(caller("U-a", "Admin", Role.ADMIN), "/salesbot language th");
        run(rep, "/task new โทรหาลูกค้า due:เมื่อวาน");

        assertThat(labels(run(rep, "/task list เลยกำหนด"))).containsExactly("T-1");
        assertThat(labels(run(rep, "/task list วันนี้"))).containsExactly("T-1");
        assertThat(labels(run(rep, "/task list ของฉัน"))).containsExactly("T-1");
        assertThat(labels(run(manager, "/task list ทั้งหมด"))).containsExactly("T-1");
        assertThat(text(rep, run(rep, "/task done T-1")))
                .isEqualTo("งาน T-1 เสร็จแล้ว: โทรหาลูกค้า (ของ Somchai, กำหนด 26 พ.ย. 2569)");
    }

    @Test
    void theHomeShowsTheTasksDueByToday() {
        run(rep, "/task new late one due:yesterday");
        run(rep, "/task new tomorrows due:tomorrow");

        List<BotReply> parts = ((BotReply.Many) run(rep, "/salesbot home")).parts();

        BotReply.Table due = parts.stream()
                .filter(part -> part instanceof BotReply.Table table
                        && table.title().key().equals("reply.home.tasks"))
                .map(BotReply.Table.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(due.rows()).extracting(row -> row.get(0)).containsExactly("T-1");
        assertThat(due.rows().get(0).get(3)).isEqualTo(Message.of("task.overdueCell", LocalDate.of(2026, 11, 26)));
    }
}
