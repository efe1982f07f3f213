package io.salesbot.opportunity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Many deals made in one go (a CSV import), row by row through the very code of {@code /opp new},
 * without its per-deal costs: in a batch, {@code open} neither takes a number from the counter row
 * nor saves, it numbers the deal from the batch's block and hands it here; and the lookups a deal
 * needs (stages, types, campaigns, sources, members, the workspace's zone) are asked of the
 * database once per distinct name, failures included, instead of once per row.
 *
 * <p>Handed explicitly to {@code open} and to each lookup it makes; a single deal is opened in
 * {@link #none()}, which remembers nothing and numbers nothing, so both read the same code.
 */
final class DealBatch {

    private static final DealBatch NONE = new DealBatch(0, false, false);

    private final boolean batched;
    private final boolean remembers;
    private final Map<List<Object>, Object> answers = new HashMap<>();
    private final List<Opportunity> deals = new ArrayList<>();
    private int nextNumber;

    private DealBatch(int firstNumber, boolean batched, boolean remembers) {
        this.nextNumber = firstNumber;
        this.batched = batched;
        this.remembers = remembers;
    }

    /** A new batch whose deals are numbered from {@code firstNumber}. */
    static DealBatch numberedFrom(int firstNumber) {
        return new DealBatch(firstNumber, true, true);
    }

    /**
     * One deal, numbered by the workspace's counter and saved at once as outside a batch, whose
     * lookups are remembered: what it read (the pipeline) is there for its card afterwards.
     */
    static DealBatch oneDeal() {
        return new DealBatch(0, false, true);
    }

    /** No batch: one deal, numbered by the workspace's counter, every lookup asked as it comes. */
    static DealBatch none() {
        return NONE;
    }

    /** Whether deals are numbered and kept here rather than saved one by one. */
    boolean isBatch() {
        return batched;
    }

    /**
     * The answer to a lookup: in a batch (or for {@link #oneDeal()}) asked once per key, then
     * remembered (a failure too, so a bad name on 5,000 rows costs one query); otherwise simply asked.
     */
    @SuppressWarnings("unchecked")
    <T> T remembered(String kind, Object key, Supplier<T> lookup) {
        if (!remembers) {
            return lookup.get();
        }
        List<Object> question = Arrays.asList(kind, key);
        Object answer = answers.get(question);
        if (answer == null && !answers.containsKey(question)) {
            try {
                answer = lookup.get();
            } catch (RuntimeException failed) {
                answer = failed;
            }
            answers.put(question, answer);
        }
        if (answer instanceof RuntimeException failed) {
            throw failed;
        }
        return (T) answer;
    }

    /** The number the next deal takes; a deal the rules refuse does not take it. */
    int nextNumber() {
        requireBatch();
        return nextNumber;
    }

    /** Keeps a deal the rules accepted, numbered {@link #nextNumber()}, for writing with the others. */
    Opportunity add(Opportunity deal) {
        requireBatch();
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

    private void requireBatch() {
        if (!batched) {
            throw new IllegalStateException("a single deal is numbered by the workspace's counter");
        }
    }
}
