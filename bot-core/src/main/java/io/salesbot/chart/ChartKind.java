package io.salesbot.chart;

/**
 * Shape of a bar chart.
 *
 * <p>{@link #BAR} draws at most one series (one bar per category); {@link #GROUPED_BAR} draws
 * any number of series side by side within each category, with a legend when there is more
 * than one series. {@link #FUNNEL} draws exactly one series as centred bars, top to bottom, each
 * labelled with its value and the share of the bar above it (see {@code FunnelDrawing}).
 *
 * <p>{@link #WATERFALL} draws one series as a waterfall: its first value is a total (a bar from
 * zero), each middle value a step up (positive) or down (negative) floating from where the one
 * before ended, and its last value the total it arrives at (a bar from zero again).
 */
public enum ChartKind {
    BAR,
    GROUPED_BAR,
    FUNNEL,
    WATERFALL
}
