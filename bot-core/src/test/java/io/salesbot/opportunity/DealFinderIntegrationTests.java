package io.salesbot.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deal found to be changed is read under its row lock as the database has it: in one locked
 * read when the transaction holds no deal yet, and read again under the lock when it already holds
 * one, which a locked query alone would hand back as it was first read.
 */
class DealFinderIntegrationTests extends IntegrationTestBase {

    @Autowired
    DealFinder finder;

    @Autowired
    Opportunities opportunities;

    @Autowired
    OpportunityService deals;

    @Autowired
    PlatformTransactionManager transactions;

    Actor admin;

    @BeforeEach
    void aDeal() {
        admin = newWorkspace(Role.ADMIN);
        deals.create(admin, NewDeal.named("Held deal"));
    }

    @Test
    void aDealByNumberIsReadLockedAsTheDatabaseHasIt() {
        deals.edit(admin, "#1", DealEdits.amount(new BigDecimal("2000")));

        Opportunity found = new TransactionTemplate(transactions).execute(status -> finder.findForChange(admin, "#1"));

        assertThat(found.getEstimatedRevenue()).isEqualByComparingTo("2000");
        assertThat(found.getVersion()).isEqualTo(1);
    }

    @Test
    void aDealThisTransactionAlreadyHoldsIsReadAgainUnderTheLock() {
        Opportunity found = new TransactionTemplate(transactions).execute(status -> {
            Opportunity held = opportunities
                    .findByWorkspaceIdAndNumber(admin.workspaceId(), 1)
                    .orElseThrow();
            assertThat(held.getVersion()).isZero();
            // Another transaction changes the deal after this one read it, before it locks it.
            CompletableFuture.runAsync(() -> deals.edit(admin, "#1", DealEdits.amount(new BigDecimal("3000"))))
                    .join();
            return finder.findForChange(admin, "#1");
        });

        assertThat(found.getEstimatedRevenue()).isEqualByComparingTo("3000");
        assertThat(found.getVersion()).isEqualTo(1);
    }
}
