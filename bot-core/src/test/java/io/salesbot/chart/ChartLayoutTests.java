package io.salesbot.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/**
 * What can be measured of a readable chart, for breakdowns of 1 to 30 bars groups with one or
 * three series, in English and Thai: nothing drawn off the image, every category label within
 * its room, one unit on the value axis, and values on the bars while they fit.
 */
class ChartLayoutTests {

    static final Locale THAI = Locale.forLanguageTag("th-TH");
    static final ChartRenderer RENDERER = new ChartRenderer();

    static Stream<Arguments> breakdowns() {
        List<Arguments> all = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            for (int series : new int[] {1, 3}) {
                all.add(Arguments.of(n, series, Locale.ENGLISH));
                all.add(Arguments.of(n, series, THAI));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} categories x {1} series, {2}")
    @MethodSource("breakdowns")
    void nothingIsDrawnOffTheImage(int categories, int series, Locale locale) {
        BufferedImage image = RENDERER.draw(SampleCharts.breakdown(categories, series, locale));

        // A label cut by the image's edge leaves ink on the edge; a whole chart leaves a white frame.
        int inked = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            inked += ink(image, x, 0) + ink(image, x, image.getHeight() - 1);
        }
        for (int y = 0; y < image.getHeight(); y++) {
            inked += ink(image, 0, y) + ink(image, image.getWidth() - 1, y);
        }
        assertThat(inked).isZero();
    }

    @ParameterizedTest(name = "{0} categories x {1} series, {2}")
    @MethodSource("breakdowns")
    void everyCategoryLabelFitsItsRoomFlatOrTurned(int categories, int series, Locale locale) {
        ChartSpec spec = SampleCharts.breakdown(categories, series, locale);
        java.awt.Font font = ThaiCapableFont.resolve();
        int rotation = ChartStyle.rotation(spec, font);
        double room = ChartStyle.maxCategoryWidth(categories, rotation);
        double slot = (ChartRenderer.WIDTH - 110.0) / categories;

        for (String category : spec.categories()) {
            String shown = Labels.fitMiddle(category, ChartStyle.tickFont(font, categories), room);
            double width = Labels.width(shown, ChartStyle.tickFont(font, categories));
            assertThat(width).as(shown).isLessThanOrEqualTo(room);
            if (rotation == 0) {
                assertThat(width).as("flat labels do not collide: %s", shown).isLessThan(slot);
            }
        }
    }

    @Test
    void aThaiAxisReadsInOneUnitFromZeroToItsTop() {
        BigDecimal largest = new BigDecimal("1800000");
        List<String> ticks = new ArrayList<>();
        for (long tick = 200_000; tick <= 2_000_000; tick += 200_000) {
            ticks.add(CompactAmounts.axisTick(BigDecimal.valueOf(tick), largest, THAI, "THB"));
        }
        assertThat(ticks).allMatch(tick -> tick.endsWith(" ล้าน"), "every tick in ล้าน");
        assertThat(ticks).startsWith("0.2 ล้าน", "0.4 ล้าน").contains("0.8 ล้าน", "1 ล้าน", "1.8 ล้าน");
        assertThat(CompactAmounts.axisTick(BigDecimal.ZERO, largest, THAI, "THB"))
                .isEqualTo("0");
        // An axis that stays below a million reads in plain digits all the way.
        assertThat(CompactAmounts.axisTick(new BigDecimal("500000"), new BigDecimal("600000"), THAI, "THB"))
                .isEqualTo("500,000");
        assertThat(CompactAmounts.axisTick(new BigDecimal("400000"), largest, Locale.ENGLISH, "THB"))
                .isEqualTo("฿0.4M");
        // A bar's own small amount (never a tick this far below the unit) keeps its own form.
        assertThat(CompactAmounts.axisTick(new BigDecimal("14800"), largest, THAI, "THB"))
                .isEqualTo("14,800");
    }

    @ParameterizedTest(name = "{0} categories x {1} series, {2}")
    @MethodSource("breakdowns")
    void barsSayTheirAmountWhileThereIsRoom(int categories, int series, Locale locale) {
        ChartSpec spec = SampleCharts.breakdown(categories, series, locale);
        CategoryStyler styler = new CategoryChartBuilder().build().getStyler();
        ChartStyle.apply(styler, ThaiCapableFont.resolve(), spec);

        int bars = categories * series;
        assertThat(styler.isLabelsVisible()).isEqualTo(bars <= 36);
        if (styler.getLabelsRotation() == 0) {
            // A flat label is no wider than its bar, so neighbouring labels never touch.
            double bar = (ChartRenderer.WIDTH - 110.0) / categories - 8;
            bar = bar * (series == 1 ? 0.6 : 0.8) / series;
            BigDecimal largest = ChartStyle.largest(spec);
            for (ChartSeries s : spec.series()) {
                for (BigDecimal value : s.values()) {
                    String label = CompactAmounts.axisTick(value, largest, locale, "THB");
                    assertThat(Labels.width(label, styler.getLabelsFont()))
                            .as(label)
                            .isLessThanOrEqualTo(bar);
                }
            }
        } else {
            assertThat(styler.getLabelsRotation()).isEqualTo(90);
        }
    }

    private static int ink(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
    }
}
