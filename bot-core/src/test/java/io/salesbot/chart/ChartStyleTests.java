package io.salesbot.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;

class ChartStyleTests {

    private static CategoryStyler styled(ChartSpec spec) {
        CategoryChart chart = new CategoryChart(ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
        ChartStyle.apply(chart.getStyler(), ThaiCapableFont.resolve(), spec);
        return chart.getStyler();
    }

    @Test
    void showsTheLegendOnlyWhenThereAreSeveralSeries() {
        assertThat(styled(SampleCharts.pipelineThai()).isLegendVisible()).isFalse();
        assertThat(styled(SampleCharts.forecastEnglish()).isLegendVisible()).isTrue();
    }

    @Test
    void drawsEveryTextWithTheThaiCapableFont() {
        // given any chart, when styled
        CategoryStyler styler = styled(SampleCharts.campaignsThai());
        // then every text font is the resolved Thai-capable family
        String family = ThaiCapableFont.resolve().getFamily();
        List<Font> fonts = List.of(
                styler.getChartTitleFont(),
                styler.getLegendFont(),
                styler.getAxisTitleFont(),
                styler.getAxisTickLabelsFont(),
                styler.getLabelsFont(),
                styler.getAnnotationTextFont(),
                styler.getAnnotationTextPanelFont(),
                styler.getToolTipFont(),
                styler.getBaseFont());
        assertThat(fonts).extracting(Font::getFamily).containsOnly(family);
    }

    @Test
    void formatsValueTicksWithCompactAmountsInTheSpecLocale() {
        assertThat(styled(SampleCharts.forecastEnglish())
                        .getyAxisTickLabelsFormattingFunction()
                        .apply(1_200_000.0000001))
                .isEqualTo("฿1.2M");
        assertThat(styled(SampleCharts.pipelineThai())
                        .getyAxisTickLabelsFormattingFunction()
                        .apply(1_250_000d))
                .isEqualTo("1.25 ล้าน");
    }

    @Test
    void rotatesCategoryLabelsWhenThereAreMany() {
        assertThat(styled(SampleCharts.pipelineThai()).getXAxisLabelRotation()).isZero();
        assertThat(styled(SampleCharts.manyCategories()).getXAxisLabelRotation())
                .isEqualTo(90);
        List<String> values = List.of("1", "2", "3", "4", "5", "6", "7", "8");
        ChartSpec shortNames = new ChartSpec(
                ChartKind.BAR,
                "",
                "",
                values,
                List.of(SampleCharts.series("s", values.toArray(String[]::new))),
                Locale.ENGLISH,
                "THB");
        ChartSpec longNames = new ChartSpec(
                ChartKind.BAR,
                "",
                "",
                values.stream().map(v -> "แคมเปญลูกค้าใหม่ " + v).toList(),
                List.of(SampleCharts.series("s", values.toArray(String[]::new))),
                Locale.ENGLISH,
                "THB");
        assertThat(styled(shortNames).getXAxisLabelRotation()).isZero();
        assertThat(styled(longNames).getXAxisLabelRotation()).isEqualTo(45);
    }
}
