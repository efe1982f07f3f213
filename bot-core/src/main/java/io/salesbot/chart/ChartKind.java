package io.salesbot.chart;

/**
 * Shape of a bar chart.
 *
 * <p>{@link #BAR} draws at most one series (one bar per category); {@link #GROUPED_BAR} draws
 * any number of series side by side within each category, with a legend when there is more
 * than one series.
 */
public enum ChartKind {
    BAR,
    GROUPED_BAR
}
