package io.salesbot.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartSpecTests {

    private static ChartSeries series(String name, int... values) {
        return new ChartSeries(
                name,
                java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList());
    }

    @Test
    void rejectsASeriesWhoseValueCountDiffersFromTheCategories() {
        // given two categories, when a series has three values, then the spec is refused
        assertThatThrownBy(() -> new ChartSpec(
                        ChartKind.BAR,
                        "t",
                        "v",
                        List.of("a", "b"),
                        List.of(series("s", 1, 2, 3)),
                        Locale.ENGLISH,
                        "THB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 values for 2 categories");
    }

    @Test
    void rejectsDuplicateSeriesNamesAndSeveralSeriesOnAPlainBar() {
        assertThatThrownBy(() -> new ChartSpec(
                        ChartKind.GROUPED_BAR,
                        "t",
                        "v",
                        List.of("a"),
                        List.of(series("s", 1), series("s", 2)),
                        Locale.ENGLISH,
                        "THB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> new ChartSpec(
                        ChartKind.BAR,
                        "t",
                        "v",
                        List.of("a"),
                        List.of(series("s", 1), series("r", 2)),
                        Locale.ENGLISH,
                        "THB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GROUPED_BAR");
    }

    @Test
    void rejectsUnknownCurrencyAndNullValues() {
        assertThatThrownBy(() -> new ChartSpec(ChartKind.BAR, "t", "v", List.of(), List.of(), Locale.ENGLISH, "XYZ1"))
                .isInstanceOf(IllegalArgumentException.class);
        List<BigDecimal> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new ChartSeries("s", withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void copiesListsAndTreatsNullTextAsEmpty() {
        // given mutable caller lists
        List<String> categories = new ArrayList<>(List.of("a"));
        List<BigDecimal> values = new ArrayList<>(List.of(BigDecimal.ONE));
        // when a spec is built and the caller's lists change afterwards
        ChartSpec spec = new ChartSpec(
                ChartKind.BAR, null, null, categories, List.of(new ChartSeries("s", values)), Locale.ENGLISH, null);
        categories.add("b");
        values.add(BigDecimal.TEN);
        // then the spec is unaffected
        assertThat(spec.categories()).containsExactly("a");
        assertThat(spec.series().get(0).values()).containsExactly(BigDecimal.ONE);
        assertThat(spec.title()).isEmpty();
        assertThat(spec.valueAxisLabel()).isEmpty();
    }
}
