package io.salesbot.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The funnel chart: one bar per stage, narrowing as fewer deals reach it, each with its count and
 * the share of the bar above it; every label inside the image and clear of the others, in
 * English and Thai, for 1 to 12 stages.
 */
class FunnelChartTests {

    static final Locale THAI = Locale.forLanguageTag("th-TH");
    static final ChartRenderer RENDERER = new ChartRenderer();
    static final Font FONT = ThaiCapableFont.resolve();

    static ChartSpec funnel(Locale locale, List<String> stages, long... counts) {
        List<BigDecimal> values = new ArrayList<>();
        for (long count : counts) {
            values.add(BigDecimal.valueOf(count));
        }
        boolean thai = locale.getLanguage().equals("th");
        return new ChartSpec(
                ChartKind.FUNNEL,
                thai ? "กรวยการขาย ไตรมาส 4/2569" : "Funnel 2026-Q4",
                thai ? "ยอดเงิน" : "Amount",
                stages,
                List.of(new ChartSeries(thai ? "ผ่านถึง" : "Reached", values)),
                locale,
                null);
    }

    static ChartSpec sample(Locale locale) {
        return locale.getLanguage().equals("th")
                ? funnel(locale, List.of("รอดำเนินการ", "เสนอราคา", "เจรจาต่อรอง", "ปิดการขายได้"), 1200, 600, 180, 90)
                : funnel(locale, List.of("Wait", "Quoted", "Negotiation", "Closed Won"), 1200, 600, 180, 90);
    }

    static Stream<Arguments> shapes() {
        List<Arguments> all = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            for (Locale locale : List.of(Locale.ENGLISH, THAI)) {
                List<String> stages = new ArrayList<>();
                long[] counts = new long[n];
                for (int i = 0; i < n; i++) {
                    stages.add(
                            locale == THAI
                                    ? "สถานะที่ยาวมากสำหรับการทดสอบ " + (i + 1)
                                    : "A rather long stage name " + (i + 1));
                    counts[i] = i == 0 ? 1_234_567 : counts[i - 1] * 2 / 3;
                }
                all.add(Arguments.of(n, locale, stages, counts));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} stages, {1}")
    @MethodSource("shapes")
    void everyLabelIsInsideTheImageAndClearOfTheOthers(int n, Locale locale, List<String> stages, long[] counts) {
        FunnelDrawing.Layout layout =
                FunnelDrawing.layout(funnel(locale, stages, counts), FONT, ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
        Rectangle2D image = new Rectangle2D.Double(0, 0, ChartRenderer.WIDTH, ChartRenderer.HEIGHT);

        List<FunnelDrawing.Text> texts = new ArrayList<>(layout.labels());
        texts.add(layout.title());
        for (FunnelDrawing.Text text : texts) {
            assertThat(image.contains(text.box()))
                    .as("%s at %s", text.text(), text.box())
                    .isTrue();
        }
        for (Rectangle2D bar : layout.bars()) {
            assertThat(image.contains(bar)).as("bar %s", bar).isTrue();
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(texts.get(i).box().intersects(texts.get(j).box()))
                        .as(
                                "%s and %s overlap",
                                texts.get(i).text(), texts.get(j).text())
                        .isFalse();
            }
        }
        // 3 labels per bar (name, count, share of the bar above) but the first has no share.
        assertThat(layout.labels()).hasSize(3 * n - 1);
    }

    @ParameterizedTest(name = "{0} stages, {1}")
    @MethodSource("shapes")
    void nothingIsDrawnOffTheImage(int n, Locale locale, List<String> stages, long[] counts) {
        BufferedImage image = RENDERER.draw(funnel(locale, stages, counts));
        int inked = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            inked += ink(image, x, 0) + ink(image, x, image.getHeight() - 1);
        }
        for (int y = 0; y < image.getHeight(); y++) {
            inked += ink(image, 0, y) + ink(image, image.getWidth() - 1, y);
        }
        assertThat(inked).isZero();
    }

    @Test
    void barsNarrowWithTheirCountsAndSayTheShareThatCameThrough() {
        FunnelDrawing.Layout layout =
                FunnelDrawing.layout(sample(Locale.ENGLISH), FONT, ChartRenderer.WIDTH, ChartRenderer.HEIGHT);

        assertThat(layout.bars()).extracting(Rectangle2D::getWidth).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(layout.bars().get(1).getWidth() / layout.bars().get(0).getWidth())
                .isCloseTo(0.5, within());
        assertThat(layout.labels())
                .extracting(FunnelDrawing.Text::text)
                .containsExactly(
                        "Wait",
                        "1,200",
                        "Quoted",
                        "600",
                        "50%",
                        "Negotiation",
                        "180",
                        "30%",
                        "Closed Won",
                        "90",
                        "50%");
        assertThat(FunnelDrawing.percent(new BigDecimal("2"), new BigDecimal("3"), sample(Locale.ENGLISH)))
                .isEqualTo("66.7%");
    }

    @Test
    void aThaiFunnelShowsThaiStageNamesInAFontThatHasThem() throws IOException {
        ChartSpec thai = sample(THAI);
        FunnelDrawing.Layout layout = FunnelDrawing.layout(thai, FONT, ChartRenderer.WIDTH, ChartRenderer.HEIGHT);

        assertThat(layout.labels()).extracting(FunnelDrawing.Text::text).contains("รอดำเนินการ", "ปิดการขายได้");
        assertThat(FONT.canDisplayUpTo("รอดำเนินการ ปิดการขายได้")).isEqualTo(-1);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(RENDERER.renderPng(thai)));
        assertThat(png.getWidth()).isEqualTo(ChartRenderer.WIDTH);
    }

    @Test
    void aFunnelTakesExactlyOneSeries() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new ChartSpec(ChartKind.FUNNEL, "t", null, List.of("a"), List.of(), Locale.ENGLISH, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }

    private static int ink(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
    }
}
