package io.salesbot.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The waterfall: totals from zero in blue, steps floating in green (up) and red (down). */
class WaterfallChartTests {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private final ChartRenderer renderer = new ChartRenderer();

    /** How the Q4 forecast moved, as in ForecastChangesIntegrationTests: 800k to 810k. */
    static ChartSpec thaiWaterfall() {
        return new ChartSpec(
                ChartKind.WATERFALL,
                "ยอดคาดการณ์ที่ยังเปิดอยู่ ไตรมาส 4/2569 เปลี่ยนไปอย่างไร",
                null,
                List.of(
                        "ก่อนหน้า",
                        "+ โอกาสการขายใหม่",
                        "+ ดึงเข้ามาในช่วงนี้",
                        "+ ยอดเพิ่มขึ้น",
                        "− ยอดลดลง",
                        "− เลื่อนออกไป",
                        "− ปิดการขายไม่ได้",
                        "− ย้ายไปปิดการขายได้",
                        "ปัจจุบัน"),
                List.of(SampleCharts.series(
                        "ยังเปิดอยู่",
                        "800000",
                        "60000",
                        "400000",
                        "50000",
                        "-80000",
                        "-300000",
                        "-50000",
                        "-70000",
                        "810000")),
                THAI,
                "THB");
    }

    @Test
    void drawsTotalsAndFloatingStepsInTheirColours() throws IOException {
        ChartSpec spec = thaiWaterfall();
        renderer.draw(spec); // without the safety net: an XChart failure shows here
        byte[] png = renderer.renderPng(spec);
        Path out = Path.of("target", "charts", "waterfall-th.png");
        Files.createDirectories(out.getParent());
        Files.write(out, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(colours(image)).contains(0x4E79A7, 0x59A14F, 0xE15759);
    }

    @Test
    void theStepsFloat() throws IOException {
        // The pushed-out step (−300k from 1,310k) stands well above the axis: its bottom is near
        // 1,010k, so the lowest red pixel in its column is far above the plot's floor.
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.renderPng(thaiWaterfall())));
        int lowestBlue = lowest(image, 0x4E79A7);
        int lowestRed = lowest(image, 0xE15759);

        assertThat(lowestRed).isLessThan(lowestBlue - 100);
    }

    @Test
    void aWaterfallIsOneSeriesWithAStartAndAnEnd() {
        assertThatThrownBy(() -> new ChartSpec(
                        ChartKind.WATERFALL,
                        null,
                        null,
                        List.of("only"),
                        List.of(new ChartSeries("x", List.of(BigDecimal.ONE))),
                        Locale.ENGLISH,
                        null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.Set<Integer> colours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours;
    }

    private static int lowest(BufferedImage image, int colour) {
        int lowest = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == colour) {
                    lowest = y;
                }
            }
        }
        return lowest;
    }
}
