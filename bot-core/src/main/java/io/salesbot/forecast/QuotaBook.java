package io.salesbot.forecast;

import io.salesbot.reply.Period;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The quotas of a workspace as set, and the rule for a period nobody set one for. A month has
 * only its own. A quarter without its own is the sum of its three months when each of them is set;
 * a year without its own is the sum of its four quarters when each has one (its own, or its months'
 * by the same rule). Otherwise the period has no quota: a sum of some months would read as a quota
 * nobody set. The team's quota is the one set for the team: it is never the sum of the reps'
 * (not every rep has one, and a manager may plan for more than the reps carry).
 */
public final class QuotaBook {

    /** The key of the team's quotas (a rep's is their member id). */
    public static final long TEAM = 0;

    private final Map<String, BigDecimal> set = new HashMap<>();

    /** Adds a quota as set for {@code target} (a member id, or {@link #TEAM}) and period label. */
    void put(long target, String period, BigDecimal amount) {
        set.put(key(target, period), amount);
    }

    /** The quota of {@code target} (a member id, or null for the team) for {@code period}, by the rule above. */
    public Optional<BigDecimal> quota(Long target, Period period) {
        long key = target == null ? TEAM : target;
        return switch (period.kind()) {
            case MONTH -> own(key, period);
            case QUARTER ->
                own(key, period)
                        .or(() -> sumOf(key, period.year(), Period.Kind.MONTH, (period.index() - 1) * 3 + 1, 3));
            case YEAR -> own(key, period).or(() -> sumOf(key, period.year(), Period.Kind.QUARTER, 1, 4));
        };
    }

    /** The quota of a period written as a label ({@code 2026-Q4}). */
    public Optional<BigDecimal> quota(Long target, String periodLabel) {
        return quota(target, Period.ofLabel(periodLabel));
    }

    /** The reps (member ids) with any quota in the book, however it is set: their own or by its parts. */
    public java.util.Set<Long> reps() {
        java.util.Set<Long> reps = new java.util.TreeSet<>();
        for (String key : set.keySet()) {
            long target = Long.parseLong(key.substring(0, key.indexOf('|')));
            if (target != TEAM) {
                reps.add(target);
            }
        }
        return reps;
    }

    private Optional<BigDecimal> own(long target, Period period) {
        return Optional.ofNullable(set.get(key(target, period.label())));
    }

    private Optional<BigDecimal> sumOf(long target, int year, Period.Kind kind, int first, int count) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (int i = first; i < first + count; i++) {
            Optional<BigDecimal> part = quota(target, new Period(kind, year, i));
            if (part.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(part.get());
        }
        return Optional.of(sum);
    }

    private static String key(long target, String period) {
        return target + "|" + period;
    }
}
