package io.salesbot.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.IntegrationTestBase;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox wakes its worker once the cause's transaction commits: never before (the worker
 * could not see the row yet) and never after a rollback (there is nothing to send).
 */
class OutboxWakeUpIntegrationTests extends IntegrationTestBase {

    @Autowired
    Outbox outbox;

    @Autowired
    NotificationConfiguration.Ticker ticker;

    @Autowired
    PlatformTransactionManager transactions;

    final AtomicInteger wakeUps = new AtomicInteger();
    final List<DeliveryTarget.Kind> woken = new CopyOnWriteArrayList<>();
    Actor admin;

    @BeforeEach
    void countWakeUps() {
        admin = newWorkspace(Role.ADMIN);
        outbox.afterCommit(added -> {
            wakeUps.incrementAndGet();
            woken.add(added);
        });
    }

    @AfterEach
    void restoreTheWorkersWakeUp() {
        outbox.afterCommit(ticker::wake);
    }

    @Test
    void theWorkerIsWokenOnlyOnceTheRowIsCommitted() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(enqueue("won-1")).isTrue();
            assertThat(wakeUps).as("still inside the transaction").hasValue(0);
        });

        assertThat(wakeUps).hasValue(1);
    }

    /** Only a direct message needs the DM senders: a channel post's wake-up must say it is one. */
    @Test
    void theWakeUpSaysWhatKindOfTargetTheRowIsFor() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            enqueue("won-6");
            outbox.enqueue(
                    admin.workspaceId(),
                    DeliveryTarget.member("U1"),
                    admin.workspaceId() + ":dm-6",
                    new Notice.DealWon(1, "Acme ERP", null, new BigDecimal("1200000"), null),
                    Instant.now());
        });

        assertThat(woken).containsExactly(DeliveryTarget.Kind.CHANNEL, DeliveryTarget.Kind.MEMBER);
    }

    @Test
    void aRolledBackRowWakesNobody() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    enqueue("won-2");
                    throw new IllegalStateException("the cause failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void aDuplicateRowWakesNobody() {
        enqueue("won-3");
        wakeUps.set(0);

        assertThat(enqueue("won-3")).isFalse();
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void aDuplicateDoesNotSpoilTheRestOfItsTransaction() {
        enqueue("won-4");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(enqueue("won-4")).isFalse();
            assertThat(enqueue("won-5")).isTrue();
        });

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM outbox WHERE workspace_id = ?", Integer.class, admin.workspaceId()))
                .isEqualTo(2);
    }

    private boolean enqueue(String dedupeKey) {
        return outbox.enqueue(
                admin.workspaceId(),
                DeliveryTarget.channel("sales"),
                admin.workspaceId() + ":" + dedupeKey,
                new Notice.DealWon(1, "Acme ERP", null, new BigDecimal("1200000"), null),
                Instant.now());
    }
}
