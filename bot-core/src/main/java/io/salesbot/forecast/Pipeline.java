package io.salesbot.forecast;

import io.salesbot.opportunity.StageKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The pipeline per stage, in pipeline order, with the open totals and the quarter closed rows
 * count, and the filters it was asked with.
 */
public record Pipeline(
        List<PipelineRow> rows, LocalDate quarterFrom, LocalDate quarterTo, String currency, ReportFilters filters) {

    public long openDeals() {
        return open().stream().mapToLong(PipelineRow::deals).sum();
    }

    public BigDecimal openEstimated() {
        return open().stream().map(PipelineRow::estimated).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal openExpected() {
        return open().stream().map(PipelineRow::expected).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<PipelineRow> open() {
        return rows.stream().filter(row -> row.kind() == StageKind.OPEN).toList();
    }
}
