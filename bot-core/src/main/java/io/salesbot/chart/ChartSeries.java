package io.salesbot.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One named series of amounts, one value per category of the enclosing {@link ChartSpec}.
 *
 * <p>Contract: {@code name} and {@code values} are non-null and {@code values} holds no null
 * element; the list is copied, so later changes to the caller's list do not reach the chart.
 * The name is shown as-is in the legend (callers pass already translated text).
 */
public record ChartSeries(String name, List<BigDecimal> values) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        values = List.copyOf(values); // also rejects null elements
    }
}
