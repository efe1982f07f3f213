package io.salesbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.common.ConflictException;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A thousand stage changes on fifty deals from twenty members at once, each made from the card
 * the member last saw: every change that went through is in the history, none is lost to another,
 * and every one that lost the race was told so (a conflict), never silently overwritten.
 */
class ConcurrentStageChangesIntegrationTests extends IntegrationTestBase {

    static final int DEALS = 50;
    static final int CHANGES = 1000;
    static final int MEMBERS = 20;
    static final String[] STAGES = {"wait", "in progress"};

    @Autowired
    OpportunityService deals;

    @Test
    void everySuccessfulChangeIsInTheHistoryAndEveryLoserIsTold() throws Exception {
        Actor owner = newWorkspace(Role.MANAGER);
        List<Actor> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(join(owner, "M" + i, Role.MANAGER));
        }
        for (int i = 0; i < DEALS; i++) {
            deals.create(owner, NewDeal.named("Deal " + i));
        }

        List<Callable<Boolean>> changes = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            Actor member = members.get(i % MEMBERS);
            String deal = "#" + (1 + i % DEALS);
            changes.add(() -> {
                DealView seen = deals.show(member, deal);
                String target = seen.progress().stage().name().equals("Wait") ? STAGES[1] : STAGES[0];
                try {
                    deals.moveStage(member, deal, target, "change by " + member.memberId(), seen.version());
                    return true;
                } catch (ConflictException toldSo) {
                    return false;
                }
            });
        }
        // Fewer threads than the connection pool (10): the race under test is on rows, not on the
        // pool. All fifty deals share one owner, so every change also queues on the same two
        // roll-up rows; with more threads than connections a slow machine times out on the pool.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long succeeded = 0;
        try {
            // outcome.get() rethrows anything but a ConflictException: a loser is told, or the test fails.
            for (Future<Boolean> outcome : pool.invokeAll(changes)) {
                if (outcome.get()) {
                    succeeded++;
                }
            }
        } finally {
            pool.shutdown();
        }

        long stageChanges = jdbc.queryForObject(
                "SELECT COUNT(*) FROM opportunity_change WHERE workspace_id = ? AND field = 'STAGE'",
                Long.class,
                owner.workspaceId());
        long versions = jdbc.queryForObject(
                "SELECT COALESCE(SUM(version), 0) FROM opportunity WHERE workspace_id = ?",
                Long.class,
                owner.workspaceId());
        assertThat(succeeded).isPositive();
        assertThat(stageChanges).as("every successful change is in the history").isEqualTo(succeeded);
        // Each deal's version counts its changes: none was written over without being counted.
        assertThat(versions).as("no lost update").isEqualTo(succeeded);
    }
}
