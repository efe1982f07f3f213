package io.salesbot.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class DealNumbersIntegrationTests extends IntegrationTestBase {

    @Autowired
    DealNumbers numbers;

    @Autowired
    OpportunityService deals;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aBlockIsTakenAtOnceAndGivenBackWhenTheWriteRollsBack() {
        Actor admin = newWorkspace(Role.ADMIN);
        deals.create(admin, NewDeal.named("First")); // #1

        new TransactionTemplate(transactions).executeWithoutResult(write -> {
            DealNumbers.Block block = numbers.reserve(admin.workspaceId(), 50);
            assertThat(block.first()).isEqualTo(2);
            assertThat(block.last()).isEqualTo(51);
            assertThat(lastDealNumber(admin))
                    .as("committed, seen outside the write")
                    .isEqualTo(51);
            write.setRollbackOnly();
        });

        assertThat(lastDealNumber(admin)).isEqualTo(1);
    }

    @Test
    void aBlockStaysAGapWhenSomeoneTookANumberMeanwhile() {
        Actor admin = newWorkspace(Role.ADMIN);

        new TransactionTemplate(transactions).executeWithoutResult(write -> {
            numbers.reserve(admin.workspaceId(), 50);
            // Another member's deal, in a transaction of its own, after the block.
            Thread other = new Thread(() -> deals.create(admin, NewDeal.named("Meanwhile")));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            write.setRollbackOnly();
        });

        assertThat(lastDealNumber(admin)).as("never taken twice").isEqualTo(51);
        assertThat(deals.show(admin, "#51").name()).isEqualTo("Meanwhile");
        assertThat(deals.create(admin, NewDeal.named("Next")).number()).isEqualTo(52);
    }

    private int lastDealNumber(Actor actor) {
        return jdbc.queryForObject(
                "SELECT last_deal_number FROM workspace_counter WHERE workspace_id = ?",
                Integer.class,
                actor.workspaceId());
    }
}
