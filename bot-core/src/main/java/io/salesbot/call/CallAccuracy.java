package io.salesbot.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * How close each rep's calls came to what they won, over the last closed periods. The call that
 * counts for a period is the latest one submitted at least {@code weeksBefore} weeks before the
 * period ended (the call a manager had in hand then); F is its commit, A what the rep won in the
 * period. Accuracy is {@code 1 − |F − A| / A}; bias is {@code (F − A) / A}: above zero the rep was
 * optimistic, below zero sandbagging. Over several periods both are taken on the sums
 * ({@code 1 − Σ|F − A| / ΣA} and {@code (ΣF − ΣA) / ΣA}), so a period with little won does not
 * outweigh a large one. With nothing won (A = 0) neither is defined.
 */
public record CallAccuracy(List<CallPeriod> periods, int weeksBefore, List<Rep> reps) {

    public CallAccuracy {
        periods = List.copyOf(periods);
        reps = List.copyOf(reps);
    }

    /** One rep's periods (oldest first) and the figures over all of them that had a call. */
    public record Rep(String userId, String name, List<PeriodCall> periods) {

        public Rep {
            periods = List.copyOf(periods);
        }

        public BigDecimal called() {
            return sum(periods.stream()
                    .filter(PeriodCall::called)
                    .map(PeriodCall::forecast)
                    .toList());
        }

        public BigDecimal won() {
            return sum(periods.stream()
                    .filter(PeriodCall::called)
                    .map(PeriodCall::won)
                    .toList());
        }

        public BigDecimal missedBy() {
            return sum(periods.stream()
                    .filter(PeriodCall::called)
                    .map(p -> p.forecast().subtract(p.won()).abs())
                    .toList());
        }

        /** {@code 1 − Σ|F − A| / ΣA} in percent, or null. */
        public BigDecimal accuracy() {
            return CallAccuracy.accuracy(missedBy(), won());
        }

        /** {@code (ΣF − ΣA) / ΣA} in percent, or null. */
        public BigDecimal bias() {
            return CallAccuracy.bias(called(), won());
        }
    }

    /** One rep and period: the call that counts ({@code forecast} null when none did) and what was won. */
    public record PeriodCall(CallPeriod period, BigDecimal forecast, Instant calledAt, BigDecimal won) {

        public boolean called() {
            return forecast != null;
        }

        public BigDecimal accuracy() {
            return called() ? CallAccuracy.accuracy(forecast.subtract(won).abs(), won) : null;
        }

        public BigDecimal bias() {
            return called() ? CallAccuracy.bias(forecast, won) : null;
        }
    }

    static BigDecimal accuracy(BigDecimal missedBy, BigDecimal won) {
        if (won.signum() == 0) {
            return null;
        }
        return BigDecimal.ONE
                .subtract(missedBy.divide(won, 10, RoundingMode.HALF_UP))
                .multiply(HUNDRED)
                .setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal bias(BigDecimal forecast, BigDecimal won) {
        if (won.signum() == 0) {
            return null;
        }
        return forecast.subtract(won)
                .divide(won, 10, RoundingMode.HALF_UP)
                .multiply(HUNDRED)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
