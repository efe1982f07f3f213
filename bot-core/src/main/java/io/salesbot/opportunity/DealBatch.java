package io.salesbot.opportunity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Many deals made in one go (a CSV import), row by row through the very code of {@code /opp new},
 * without its per-deal costs: inside a batch, {@code open} neither takes a number from the counter
 * row nor saves, it numbers the deal from the batch's block and hands it here; and the lookups a
 * deal needs (stages, types, campaigns, sources, members, the workspace's zone) are asked of the
 * database once per distinct name, failures included, instead of once per row.
 *
 * <p>Bound to the thread, as {@link BulkChanges} is, because the code it changes ({@code open} and
 * the lookups it calls) is shared with single deals and should read the same for both.
 */
final class DealBatch {

    private static final ThreadLocal<DealBatch> CURRENT = new ThreadLocal<>();

    private final Map<List<Object>, Object> answers = new HashMap<>();
    private final List<Opportunity> deals = new ArrayList<>();
    private int nextNumber;

    private DealBatch(int firstNumber) {
        this.nextNumber = firstNumber;
    }

    /** Runs {@code work} in a new batch whose deals are numbered from {@code firstNumber}. */
    static DealBatch run(int firstNumber, Runnable work) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("deal batches do not nest");
        }
        DealBatch batch = new DealBatch(firstNumber);
        CURRENT.set(batch);
        try {
            work.run();
            return batch;
        } finally {
            CURRENT.remove();
        }
    }

    /** The batch this thread is in, or null. */
    static DealBatch current() {
        return CURRENT.get();
    }

    /**
     * The answer to a lookup: asked once per batch and key, then remembered (a failure too, so a
     * bad name on 5,000 rows costs one query). Outside a batch, simply asks.
     */
    @SuppressWarnings("unchecked")
    static <T> T remembered(String kind, Object key, Supplier<T> lookup) {
        DealBatch batch = CURRENT.get();
        if (batch == null) {
            return lookup.get();
        }
        List<Object> question = Arrays.asList(kind, key);
        Object answer = batch.answers.get(question);
        if (answer == null && !batch.answers.containsKey(question)) {
            try {
                answer = lookup.get();
            } catch (RuntimeException failed) {
                answer = failed;
            }
            batch.answers.put(question, answer);
        }
        if (answer instanceof RuntimeException failed) {
            throw failed;
        }
        return (T) answer;
    }

    /** The number the next deal takes; a deal the rules refuse does not take it. */
    int nextNumber() {
        return nextNumber;
    }

    /** Keeps a deal the rules accepted, numbered {@link #nextNumber()}, for writing with the others. */
    Opportunity add(Opportunity deal) {
        if (deal.getNumber() != nextNumber) {
            throw new IllegalStateException("deal #" + deal.getNumber() + " out of turn, expected #" + nextNumber);
        }
        deals.add(deal);
        nextNumber++;
        return deal;
    }

    List<Opportunity> deals() {
        return deals;
    }
}
