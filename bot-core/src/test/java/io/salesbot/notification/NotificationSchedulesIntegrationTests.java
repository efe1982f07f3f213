package io.salesbot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.forecast.ForecastQuery;
import io.salesbot.forecast.ForecastReport;
import io.salesbot.forecast.Granularity;
import io.salesbot.forecast.GroupBy;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Workspaces;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Digests and reminders come due in the workspace's time zone, once each, and read as reports. */
class NotificationSchedulesIntegrationTests extends IntegrationTestBase {

    @Autowired
    NotificationSchedules schedules;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    OpportunityService deals;

    @Autowired
    OutboxWorker worker;

    @Autowired
    RecordingNotifier platform;

    @Autowired
    Workspaces workspaceRows;

    @Autowired
    LockingTaskExecutor locks;

    @Autowired
    ForecastReport forecastReport;

    Actor admin;
    String team;

    @BeforeEach
    void workspace() {
        admin = newWorkspace(Role.ADMIN);
        team = workspaceRows.findById(admin.workspaceId()).orElseThrow().getExternalId();
    }

    @Test
    void aMondayDigestComesAtNineBangkokTimeOnceAndReadsAsAReport() {
        clock.set(Instant.parse("2026-11-27T03:00:00Z")); // Friday 10:00 in Bangkok
        subscriptions.digest(admin, "sales", DayOfWeek.MONDAY, LocalTime.of(9, 0));
        deals.create(
                admin,
                NewDeal.named("Acme ERP")
                        .withAmount(new BigDecimal("1200000"))
                        .withCloseDate(LocalDate.of(2026, 12, 20)));

        clock.set(Instant.parse("2026-11-30T01:59:00Z")); // Monday 08:59 in Bangkok
        schedules.enqueueDue();
        assertThat(rows("DIGEST")).isZero();

        clock.set(Instant.parse("2026-11-30T02:00:00Z")); // Monday 09:00 in Bangkok
        schedules.enqueueDue();
        schedules.enqueueDue();
        assertThat(rows("DIGEST")).isEqualTo(1);

        worker.deliverDue();
        BotReply.Many digest = (BotReply.Many) platform.deliveredTo(team).get(0).reply();
        assertThat(digest.parts())
                .hasAtLeastOneElementOfType(BotReply.Chart.class)
                .hasAtLeastOneElementOfType(BotReply.Table.class);
        // the whole forecast of this quarter and the next, as /forecast answers it: table and chart
        Actor system = new Actor(admin.workspaceId(), 0, Role.ADMIN, admin.platform());
        LocalDate quarter = LocalDate.of(2026, 10, 1);
        BotReply.Many forecast = forecastReport.answer(
                system,
                new ForecastQuery(Granularity.QUARTER, quarter, quarter.plusMonths(3), GroupBy.NONE, null),
                "THB");
        assertThat(forecast.parts()).hasSize(2);
        assertThat(digest.parts()).endsWith(forecast.parts().toArray(BotReply[]::new));
    }

    @Test
    void aDigestWithNothingForecastStillSaysWhereTheUndatedDealsAre() {
        clock.set(Instant.parse("2026-11-27T03:00:00Z"));
        subscriptions.digest(admin, "sales", DayOfWeek.MONDAY, LocalTime.of(9, 0));
        deals.create(admin, NewDeal.named("No date yet").withAmount(new BigDecimal("500000")));

        clock.set(Instant.parse("2026-11-30T02:00:00Z")); // Monday 09:00 in Bangkok
        schedules.enqueueDue();
        worker.deliverDue();

        BotReply.Many digest = (BotReply.Many) platform.deliveredTo(team).get(0).reply();
        BotReply last = digest.parts().get(digest.parts().size() - 1);
        BotReply beforeLast = digest.parts().get(digest.parts().size() - 2);
        assertThat(beforeLast)
                .isInstanceOfSatisfying(
                        BotReply.Text.class,
                        text -> assertThat(text.message().key()).isEqualTo("reply.forecast.empty"));
        assertThat(last).isInstanceOfSatisfying(BotReply.Text.class, text -> {
            assertThat(text.message().key()).isEqualTo("reply.forecast.undated");
            assertThat(text.message().args().get(0)).isEqualTo(1L);
        });
    }

    @Test
    void theOwnerOfSlippingDealsGetsOneReminderListingThemAfterNineLocalTime() {
        Actor rep = join(admin, "U-rep", Role.REP);
        deals.create(rep, NewDeal.named("Late one").withCloseDate(LocalDate.of(2026, 11, 1)));
        deals.create(rep, NewDeal.named("Late two").withCloseDate(LocalDate.of(2026, 11, 20)));
        deals.create(admin, NewDeal.named("On time").withCloseDate(LocalDate.of(2027, 1, 1)));

        clock.set(Instant.parse("2026-11-28T01:00:00Z")); // 08:00 in Bangkok (already 01:00 UTC)
        schedules.enqueueDue();
        assertThat(rows("REMINDER")).isZero();

        clock.set(Instant.parse("2026-11-28T02:30:00Z")); // 09:30 in Bangkok
        schedules.enqueueDue();
        schedules.enqueueDue();

        assertThat(rows("REMINDER")).isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT target_id FROM outbox WHERE workspace_id = ?",
                        String.class,
                        admin.workspaceId()))
                .containsExactly("U-rep");
        worker.deliverDue();
        assertThat(platform.deliveredTo(team)).singleElement().satisfies(delivered -> {
            assertThat(delivered.target()).isEqualTo(DeliveryTarget.member("U-rep"));
            BotReply.Many reminder = (BotReply.Many) delivered.reply();
            assertThat(((BotReply.Table) reminder.parts().get(1)).rows()).hasSize(2);
            assertThat(((BotReply.Table) reminder.parts().get(1)).footer())
                    .extracting(Message::key)
                    .containsExactly("notify.reminder.hint");
            // the hint's commands name a deal of the list, not an example number
            BotReply.Table list = (BotReply.Table) reminder.parts().get(1);
            Message firstRow = (Message) list.rows().get(0).get(0);
            assertThat(list.footer().get(0).args())
                    .containsExactly(String.valueOf(firstRow.args().get(0)));
        });
    }

    @Test
    void aReminderCountsEverySlippingDealAndSaysHowManyItDoesNotList() {
        Actor rep = join(admin, "U-busy", Role.REP);
        for (int i = 1; i <= 52; i++) {
            deals.create(rep, NewDeal.named("Late " + i).withCloseDate(LocalDate.of(2026, 11, 1)));
        }

        clock.set(Instant.parse("2026-11-28T02:30:00Z")); // 09:30 in Bangkok
        schedules.enqueueDue();
        worker.deliverDue();

        assertThat(platform.deliveredTo(team)).singleElement().satisfies(delivered -> {
            BotReply.Many reminder = (BotReply.Many) delivered.reply();
            assertThat(((BotReply.Text) reminder.parts().get(0)).message().args())
                    .containsExactly(52L);
            BotReply.Table list = (BotReply.Table) reminder.parts().get(1);
            assertThat(list.rows()).hasSize(50);
            assertThat(list.footer()).first().isEqualTo(Message.of("notify.reminder.more", 2L));
        });
    }

    @Test
    void onlyOneInstanceRunsTheSchedulesAtATime() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        LockConfiguration lock = new LockConfiguration(
                clock.instant(), "test-schedules-" + admin.workspaceId(), Duration.ofMinutes(1), Duration.ZERO);

        locks.executeWithLock(
                (Runnable) () -> {
                    runs.incrementAndGet();
                    // A second instance tries the same schedule while the first still holds the lock.
                    Thread other = new Thread(() -> locks.executeWithLock((Runnable) runs::incrementAndGet, lock));
                    other.start();
                    try {
                        other.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                lock);

        assertThat(runs).hasValue(1);
    }

    private long rows(String kind) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox WHERE workspace_id = ? AND kind = ?",
                Long.class,
                admin.workspaceId(),
                kind);
    }
}
