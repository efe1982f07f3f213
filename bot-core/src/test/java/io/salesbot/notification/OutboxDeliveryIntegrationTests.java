package io.salesbot.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.IntegrationTestBase;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.DealCardField;
import io.salesbot.reply.Mention;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Workspaces;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxDeliveryIntegrationTests extends IntegrationTestBase {

    @Autowired
    OpportunityService deals;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    OutboxWorker worker;

    @Autowired
    Outbox outbox;

    @Autowired
    RecordingNotifier platform;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Workspaces workspaceRows;

    @Autowired
    NotificationComposer composer;

    @Autowired
    OutboxSettings settings;

    @Autowired
    NotificationMetrics metrics;

    Actor admin;
    String team;

    @BeforeEach
    void subscribedChannel() {
        admin = newWorkspace(Role.ADMIN);
        team = workspaceRows.findById(admin.workspaceId()).orElseThrow().getExternalId();
        subscriptions.subscribe(
                admin,
                "sales",
                Set.of(NotificationKind.WON, NotificationKind.LOST, NotificationKind.STAGE),
                new BigDecimal("100000"));
        deals.create(admin, NewDeal.named("Acme ERP").withAmount(new BigDecimal("1200000")));
    }

    @Test
    void aWonDealReachesTheChannelOnceWithItsKeyFacts() {
        deals.win(admin, "#1", "PO received", null);

        worker.deliverDue();
        worker.deliverDue();

        assertThat(platform.deliveredTo(team)).singleElement().satisfies(delivered -> {
            assertThat(delivered.target()).isEqualTo(DeliveryTarget.channel("sales"));
            BotReply.DealClosed won = (BotReply.DealClosed) delivered.reply();
            assertThat(won.won()).isTrue();
            assertThat(won.headline()).isEqualTo(Message.of("notify.won.title", "1", "Acme ERP"));
            // celebrated: the owner is mentioned by their platform id, and may be pinged
            assertThat(won.owner()).isEqualTo(new Mention("founder", "Founder"));
            assertThat(won.ping()).isTrue();
            assertThat(won.facts())
                    .extracting(DealCardField::value)
                    .contains(new Money(new BigDecimal("1200000.00"), "THB"), Message.of("notify.closed.daysValue", 0));
            assertThat(won.open().command()).isEqualTo("/opp show #1");
            assertThat(won.visibility()).isEqualTo(Visibility.CHANNEL);
        });
    }

    @Test
    void aLostDealReachesTheChannelWithItsReasonAndNamesTheOwnerWithoutAPing() {
        deals.lose(admin, "#1", "went with a cheaper vendor", null);

        worker.deliverDue();

        assertThat(platform.deliveredTo(team)).singleElement().satisfies(delivered -> {
            BotReply.DealClosed lost = (BotReply.DealClosed) delivered.reply();
            assertThat(lost.won()).isFalse();
            assertThat(lost.headline()).isEqualTo(Message.of("notify.lost.title", "1", "Acme ERP"));
            assertThat(lost.owner().name()).isEqualTo("Founder");
            assertThat(lost.ping()).isFalse();
            assertThat(lost.facts())
                    .filteredOn(DealCardField::longText)
                    .singleElement()
                    .satisfies(reason -> {
                        assertThat(reason.label()).isEqualTo(Message.of("card.lostReason"));
                        assertThat(reason.value()).isEqualTo("went with a cheaper vendor");
                    });
            assertThat(lost.open().command()).isEqualTo("/opp show #1");
        });
    }

    @Test
    void aStageMoveReachesTheChannelWithItsNoteThoughTheMoveAlsoChangedTheProbability() {
        // the move records the stage (with the note), then the probability the stage brings
        deals.moveStage(admin, "#1", "in progress", "demo went well", null);

        worker.deliverDue();

        assertThat(platform.deliveredTo(team)).singleElement().satisfies(delivered -> {
            BotReply.Text text = (BotReply.Text) delivered.reply();
            assertThat(text.message().key()).isEqualTo("notify.stage");
            assertThat(text.message().args().get(5)).isEqualTo(Message.of("notify.note", "demo went well"));
        });
    }

    @Test
    void aLaterMoveWithoutANoteIsNotAnnouncedWithTheEarlierOne() {
        deals.moveStage(admin, "#1", "in progress", "demo went well", null);
        clock.advance(java.time.Duration.ofHours(1));
        deals.moveStage(admin, "#1", "wait", null, null);

        worker.deliverDue();

        assertThat(platform.deliveredTo(team))
                .extracting(delivered ->
                        ((BotReply.Text) delivered.reply()).message().args().get(5))
                .containsExactly(Message.of("notify.note", "demo went well"), Message.of("notify.noNote"));
    }

    @Test
    void smallDealsAndUnheardEventsStayQuiet() {
        deals.create(admin, NewDeal.named("Tiny").withAmount(new BigDecimal("5000")));
        deals.win(admin, "#2", null, null);

        assertThat(count("outbox", admin)).isZero();
    }

    @Test
    void aChangeRolledBackLeavesNoOutboxRow() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    deals.moveStage(admin, "#1", "in progress", null, null);
                    throw new IllegalStateException("the rest of the transaction failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(count("outbox", admin)).isZero();
        deals.moveStage(admin, "#1", "in progress", null, null);
        assertThat(count("outbox", admin)).isEqualTo(1);
    }

    @Test
    void aNotifierThatFailsTwiceThenSucceedsDeliversOnce() {
        platform.failNext(team, () -> DeliveryFailure.temporary("502 from platform", null));
        platform.failNext(team, () -> DeliveryFailure.temporary("timeout", null));
        deals.win(admin, "#1", null, null);

        for (int i = 0; i < 4; i++) {
            worker.deliverDue();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(platform.deliveredTo(team)).hasSize(1);
        assertThat(status()).isEqualTo(Map.of("status", "SENT", "attempts", 3));
    }

    @Test
    void aRateLimitIsWaitedOutAsThePlatformAsks() {
        platform.failNext(team, () -> DeliveryFailure.rateLimited(Duration.ofSeconds(30)));
        deals.win(admin, "#1", null, null);

        worker.deliverDue();
        clock.advance(Duration.ofSeconds(20));
        worker.deliverDue();
        assertThat(platform.deliveredTo(team)).isEmpty();

        clock.advance(Duration.ofSeconds(11));
        worker.deliverDue();
        assertThat(platform.deliveredTo(team)).hasSize(1);
        assertThat(status()).isEqualTo(Map.of("status", "SENT", "attempts", 1));
    }

    @Test
    void aRowAnotherInstanceMustSendGoesBackWithoutUsingAnAttempt() {
        platform.failNext(team, () -> DeliveryFailure.elsewhere("guild on another shard"));
        deals.win(admin, "#1", null, null);

        worker.deliverDue();
        assertThat(platform.deliveredTo(team)).isEmpty();
        assertThat(status()).isEqualTo(Map.of("status", "PENDING", "attempts", 0));

        clock.advance(Duration.ofSeconds(3));
        worker.deliverDue();
        assertThat(platform.deliveredTo(team)).hasSize(1);
    }

    @Test
    void anUnexpectedFailureShowsAdminsAnIncidentIdNotInternals() {
        for (int i = 0; i < settings.maxAttempts(); i++) {
            platform.failNext(team, () -> new IllegalStateException("jdbc:mariadb://db.internal:3306 refused"));
        }
        deals.lose(admin, "#1", "price", null);

        for (int i = 0; i < settings.maxAttempts() + 2; i++) {
            worker.deliverDue();
            clock.advance(Duration.ofMinutes(15));
        }

        assertThat(outbox.failed(admin.workspaceId()))
                .singleElement()
                .satisfies(row -> assertThat(row.lastError()).matches("incident [0-9a-f]{8}"));
    }

    @Test
    void theBacklogCountsWaitingAndFailedRowsAndHowLongTheOldestDueHasWaited() {
        worker.deliverDue(); // whatever other tests left that is due now
        Outbox.Backlog before = outbox.backlog(clock.instant());
        platform.failNext(team, () -> DeliveryFailure.permanent("channel gone"));
        Instant queued = clock.instant();
        deals.lose(admin, "#1", "price", null);
        clock.advance(Duration.ofMinutes(5));

        Outbox.Backlog waiting = outbox.backlog(clock.instant());
        assertThat(waiting.pending()).isEqualTo(before.pending() + 1);
        assertThat(waiting.oldestDue()).isNotNull().isBeforeOrEqualTo(queued);

        worker.deliverDue();
        Outbox.Backlog after = outbox.backlog(clock.instant());
        assertThat(after.pending()).isEqualTo(before.pending());
        assertThat(after.failed()).isEqualTo(before.failed() + 1);
    }

    @Test
    void givesUpAfterTheLastAttemptAndKeepsTheReasonForAdmins() {
        for (int i = 0; i < settings.maxAttempts(); i++) {
            platform.failNext(team, () -> DeliveryFailure.temporary("channel archived?", null));
        }
        deals.lose(admin, "#1", "price", null);

        for (int i = 0; i < settings.maxAttempts() + 2; i++) {
            worker.deliverDue();
            clock.advance(Duration.ofMinutes(15));
        }

        assertThat(platform.deliveredTo(team)).isEmpty();
        assertThat(outbox.failed(admin.workspaceId())).singleElement().satisfies(row -> {
            assertThat(row.attempts()).isEqualTo(settings.maxAttempts());
            assertThat(row.lastError()).isEqualTo("channel archived?");
        });
        assertThat(outbox.retryFailed(admin.workspaceId(), clock.instant())).isEqualTo(1);
        worker.deliverDue();
        assertThat(platform.deliveredTo(team)).hasSize(1);
    }

    @Test
    void aWorkerKilledMidBatchLosesNothingAndRepeatsOnlyTheSendInFlight() {
        List<Long> rows = enqueue(10);
        CrashingNotifier crashing = new CrashingNotifier(platform, 3);
        OutboxWorker doomed = new OutboxWorker(
                outbox, workspaceRows, composer, List.of(crashing), transactions, settings, metrics, clock);

        assertThatThrownBy(doomed::deliverDue).isInstanceOf(CrashingNotifier.Crash.class);
        int beforeRestart = platform.deliveredTo(team).size();
        worker.deliverDue();

        assertThat(beforeRestart).isEqualTo(3);
        assertThat(platform.deliveredTo(team)).hasSize(rows.size() + 1);
        assertThat(sentCount()).isEqualTo(rows.size());
    }

    @Test
    void twoWorkersOnOneDatabaseDeliverAThousandRowsExactlyOnce() throws Exception {
        enqueue(1000);
        OutboxWorker other = new OutboxWorker(
                outbox, workspaceRows, composer, List.of(platform), transactions, settings, metrics, clock);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.of(worker::deliverDue, other::deliverDue));
            int handled = runs.get(0).get() + runs.get(1).get();
            assertThat(handled).isGreaterThanOrEqualTo(1000);
        } finally {
            pool.shutdown();
        }

        List<String> delivered = platform.deliveredTo(team).stream()
                .map(d -> ((BotReply.Text) d.reply()).message().args().get(0).toString())
                .toList();
        assertThat(delivered).hasSize(1000).doesNotHaveDuplicates();
        assertThat(sentCount()).isEqualTo(1000);
    }

    private List<Long> enqueue(int rows) {
        IntStream.range(0, rows)
                .forEach(i -> outbox.enqueue(
                        admin.workspaceId(),
                        DeliveryTarget.channel("sales"),
                        "test:" + admin.workspaceId() + ":" + i,
                        new Notice.DealCreated(i, "Deal " + i, null, new BigDecimal("1000"), "Ann"),
                        clock.instant()));
        return jdbc.queryForList("SELECT id FROM outbox WHERE workspace_id = ?", Long.class, admin.workspaceId());
    }

    private long sentCount() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox WHERE workspace_id = ? AND status = 'SENT'",
                Long.class,
                admin.workspaceId());
    }

    private Map<String, Object> status() {
        return jdbc.queryForMap("SELECT status, attempts FROM outbox WHERE workspace_id = ?", admin.workspaceId());
    }
}
