package io.salesbot.opportunity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Blocks of deal numbers for {@link OpportunityService#createAll}. A single deal takes its number
 * in its own transaction and holds the workspace's counter row (V6__workspace_counters.sql) until
 * it commits, a few milliseconds. A batch of 10,000 deals doing the same would hold it for the
 * whole write, and nobody could create a deal meanwhile; so a batch reserves its block in a
 * transaction of its own, committed at once.
 */
@Component
class DealNumbers {

    /** Numbers {@code first} to {@code first + count - 1} of a workspace. */
    record Block(long workspaceId, int first, int count) {

        int last() {
            return first + count - 1;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    DealNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Reserves {@code count} numbers, committed before this returns. If the caller's transaction
     * then rolls back, they are given back, unless someone has taken a number since (then the
     * block stays a gap in the numbering: numbers are never taken twice).
     */
    Block reserve(long workspaceId, int count) {
        Block block = ownTransaction.execute(status -> {
            jdbc.update(
                    "UPDATE workspace_counter SET last_deal_number = last_deal_number + ? WHERE workspace_id = ?",
                    count,
                    workspaceId);
            int last = jdbc.queryForObject(
                    "SELECT last_deal_number FROM workspace_counter WHERE workspace_id = ?",
                    Integer.class,
                    workspaceId);
            return new Block(workspaceId, last - count + 1, count);
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        giveBack(block);
                    }
                }
            });
        }
        return block;
    }

    /** Gives a block back when it is still the last one taken; true when it was. */
    boolean giveBack(Block block) {
        Integer changed = ownTransaction.execute(
                status -> jdbc.update("""
                UPDATE workspace_counter SET last_deal_number = ?
                WHERE workspace_id = ? AND last_deal_number = ?""", block.first() - 1, block.workspaceId(), block.last()));
        return changed != null && changed == 1;
    }
}
