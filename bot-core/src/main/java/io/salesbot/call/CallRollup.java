package io.salesbot.call;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Each rep's latest call for a period beside what their deals say now. */
public record CallRollup(CallPeriod period, List<Row> rows) {

    public CallRollup {
        rows = List.copyOf(rows);
    }

    /**
     * One rep: their latest call ({@code null} when they have not called), their deals now and
     * their quota for the period ({@code null} when they have none).
     */
    public record Row(
            long memberId, String userId, String name, ForecastCall call, DealFigures now, BigDecimal quota) {}

    /** The reps who have not called, by name. */
    public List<String> notCalled() {
        return rows.stream().filter(row -> row.call() == null).map(Row::name).toList();
    }

    public BigDecimal totalCommit() {
        return sum(rows.stream()
                .map(Row::call)
                .filter(Objects::nonNull)
                .map(ForecastCall::commit)
                .toList());
    }

    public BigDecimal totalBest() {
        return sum(rows.stream()
                .map(Row::call)
                .filter(Objects::nonNull)
                .map(ForecastCall::best)
                .toList());
    }

    public BigDecimal totalWon() {
        return sum(rows.stream().map(row -> row.now().won()).toList());
    }

    public BigDecimal totalCommitNow() {
        return sum(rows.stream().map(row -> row.now().commit()).toList());
    }

    public BigDecimal totalBestNow() {
        return sum(rows.stream().map(row -> row.now().best()).toList());
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
