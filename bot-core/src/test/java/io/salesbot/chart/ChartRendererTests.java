package io.salesbot.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChartRendererTests {

    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void rendersThaiLabelsWithAThaiCapableFont() throws IOException {
        // given a pipeline chart with Thai title, categories and series name
        ChartSpec spec = SampleCharts.pipelineThai();
        // when drawn without the safety net (renderPng would hide a failure behind a blank image)
        renderer.draw(spec);
        byte[] png = renderer.renderPng(spec);
        // then it is a PNG of exactly the promised size
        assertThat(png).isNotEmpty();
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
    }

    @Test
    void drawsBarsSoTheImageIsNotASingleColour() throws IOException {
        // given a three-series forecast
        ChartSpec spec = SampleCharts.forecastEnglish();
        // when rendered
        BufferedImage image = decode(renderer.renderPng(spec));
        // then many colours appear, among them the first series' bar colour
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).hasSizeGreaterThan(10).contains(0x4E79A7);
    }

    @Test
    void rendersAnEmptyChartWithoutCategories() throws IOException {
        // given no categories (and so no values) at all
        ChartSpec empty = new ChartSpec(
                ChartKind.GROUPED_BAR,
                "ไม่มีข้อมูล",
                "",
                List.of(),
                List.of(new ChartSeries("s", List.of())),
                Locale.forLanguageTag("th"),
                "THB");
        // when rendered, then a full-size PNG comes back
        assertThat(decode(renderer.renderPng(empty)).getWidth()).isEqualTo(ChartRenderer.WIDTH);
    }

    @Test
    void rendersFiftyCategoriesWithoutTheFallback() {
        // given 50 categories, when drawn without the safety net, then nothing is thrown
        BufferedImage image = renderer.draw(SampleCharts.manyCategories());
        assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
    }

    static Stream<List<String>> awkwardValues() {
        return Stream.of(
                List.of("0", "0", "0"),
                List.of("-5", "-1200000", "-3"),
                List.of("1E+30", "1", "0"),
                List.of("1E+400", "-1E+400", "5"),
                List.of("0.01", "0.02", "0.005"),
                List.of("-250000", "0", "1234567890"));
    }

    @ParameterizedTest
    @MethodSource("awkwardValues")
    void drawsZeroNegativeHugeAndTinyAmountsWithoutTheFallback(List<String> values) {
        // given awkward amounts and emoji / very long labels
        ChartSpec spec = new ChartSpec(
                ChartKind.BAR,
                "Net 📈 " + "ยาวมาก".repeat(40),
                "฿",
                List.of("Jan 🎉", "ก".repeat(100), "Jan 🎉"),
                List.of(SampleCharts.series("Net", values.toArray(String[]::new))),
                Locale.ENGLISH,
                "THB");
        // when drawn without the safety net, then XChart copes
        assertThat(renderer.draw(spec).getWidth()).isEqualTo(ChartRenderer.WIDTH);
    }

    @Test
    void rendersConcurrentlyFromOneInstance() throws Exception {
        // given one renderer shared by several request threads
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // (draw, not renderPng: a thread-safety failure must fail here, not become a blank image)
            List<Future<BufferedImage>> results = new ArrayList<>();
            IntStream.range(0, 8)
                    .forEach(i -> results.add(pool.submit(() -> renderer.draw(
                            i % 2 == 0 ? SampleCharts.campaignsThai() : SampleCharts.forecastEnglish()))));
            // when all finish, then every image is drawn at full size
            for (Future<BufferedImage> result : results) {
                assertThat(result.get().getWidth()).isEqualTo(ChartRenderer.WIDTH);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decodable PNG").isNotNull();
        return image;
    }
}
