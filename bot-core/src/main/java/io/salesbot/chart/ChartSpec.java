package io.salesbot.chart;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Everything needed to draw one chart; validated on construction so that
 * {@link ChartRenderer#renderPng(ChartSpec)} never has to reject a spec.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@code kind}, {@code categories}, {@code series} and {@code locale} are non-null;
 *       lists are copied and may not hold null elements.</li>
 *   <li>{@code title} and {@code valueAxisLabel} may be null, meaning empty.</li>
 *   <li>every series has exactly {@code categories.size()} values; series names are unique
 *       (the legend could not tell two equal names apart).</li>
 *   <li>{@link ChartKind#BAR} has at most one series; {@link ChartKind#FUNNEL} exactly one;
 *       {@link ChartKind#WATERFALL} at most one, with a first and a last value that are totals and
 *       at least those two categories.</li>
 *   <li>{@code categories} and {@code series} may be empty: such a chart renders as an empty
 *       plot with its title.</li>
 *   <li>{@code currencyCode} is an ISO 4217 code such as "THB" or "USD", or null for plain
 *       numbers; an unknown code is rejected here.</li>
 *   <li>{@code locale} only picks the number style (Thai when its language is "th", English
 *       otherwise); all text is shown exactly as given.</li>
 * </ul>
 */
public record ChartSpec(
        ChartKind kind,
        String title,
        String valueAxisLabel,
        List<String> categories,
        List<ChartSeries> series,
        Locale locale,
        String currencyCode) {

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(locale, "locale");
        title = title == null ? "" : title;
        valueAxisLabel = valueAxisLabel == null ? "" : valueAxisLabel;
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        series = List.copyOf(Objects.requireNonNull(series, "series"));
        if (currencyCode != null) {
            Currency.getInstance(currencyCode); // throws IllegalArgumentException if unknown
        }
        if (kind == ChartKind.BAR && series.size() > 1) {
            throw new IllegalArgumentException(
                    "BAR takes at most one series, got " + series.size() + "; use GROUPED_BAR");
        }
        if (kind == ChartKind.FUNNEL && series.size() != 1) {
            throw new IllegalArgumentException("FUNNEL takes exactly one series, got " + series.size());
        }
        if (kind == ChartKind.WATERFALL && (series.size() > 1 || (series.size() == 1 && categories.size() < 2))) {
            throw new IllegalArgumentException("WATERFALL takes one series of a start, steps and an end");
        }
        Set<String> names = new HashSet<>();
        for (ChartSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("duplicate series name '" + s.name() + "'");
            }
        }
    }
}
