package io.salesbot.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Draws a {@link ChartSpec} as a {@value #WIDTH} x {@value #HEIGHT} PNG.
 *
 * <p>Contract: {@link #renderPng} returns a decodable PNG for every valid spec and never
 * throws for one: empty or many categories, zero, negative or huge amounts, Thai or emoji text
 * all render. Value-axis ticks are formatted with {@link CompactAmounts} for the spec's locale
 * and currency; all text uses a Thai-capable font ({@code fonts-thai-tlwg} on Debian). Glyphs
 * the font lacks, such as emoji, are drawn as boxes rather than failing. Amounts beyond
 * ±10^15 are drawn at that limit. Over-long title, axis, category and series texts are cut
 * with "…" to fit; categories that end up equal get " (2)", " (3)"… so each keeps its slot.
 *
 * <p>Thread-safe: a chart object is built per call; the only shared state is the immutable
 * font chosen when the first chart is drawn. Rendering is headless: if
 * {@code java.awt.headless} is unset when this class loads, it is set to {@code true}.
 */
public final class ChartRenderer {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 480;

    // XChart centres the title over the plot, not the image, so it must fit the plot's width.
    private static final int TITLE_MAX_WIDTH = WIDTH - 150;

    // Far past any sales amount, yet small enough that axis ticks stay readable ("฿1,000T");
    // beyond double range BigDecimal would even become infinite and break the axis maths.
    private static final double DRAWING_LIMIT = 1e15;

    private static final System.Logger LOG = System.getLogger(ChartRenderer.class.getName());

    static {
        ensureHeadless();
    }

    // Chosen at the first chart, not when a renderer is made: looking through the installed fonts
    // starts AWT and fontconfig, which a start whose first command draws nothing should not pay.
    private static Font font() {
        return ThaiCapableFont.resolve();
    }

    /** Renders the spec; see the class contract. */
    public byte[] renderPng(ChartSpec spec) {
        Objects.requireNonNull(spec, "spec");
        BufferedImage image;
        try {
            image = draw(spec);
        } catch (RuntimeException e) {
            // XChart has edge cases we cannot rule out ahead of time; failing the whole chat
            // reply over a chart is worse than sending a bare titled image, so degrade.
            LOG.log(Level.WARNING, "Chart rendering failed, sending a blank titled image", e);
            image = ChartStyle.blank(spec.title(), font(), WIDTH, HEIGHT);
        }
        return encode(image);
    }

    /** Draws without the safety net, so tests can see XChart failures instead of blank images. */
    BufferedImage draw(ChartSpec spec) {
        if (spec.categories().isEmpty() || spec.series().isEmpty()) {
            // Nothing to plot, and XChart fails on a chart without series: show just the title.
            return ChartStyle.blank(spec.title(), font(), WIDTH, HEIGHT);
        }
        if (spec.kind() == ChartKind.FUNNEL) {
            return FunnelDrawing.draw(spec, font(), WIDTH, HEIGHT);
        }
        return BitmapEncoder.getBufferedImage(build(spec));
    }

    private CategoryChart build(ChartSpec spec) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(Labels.fit(spec.title(), ChartStyle.titleFont(font()), TITLE_MAX_WIDTH))
                .yAxisTitle(Labels.fit(spec.valueAxisLabel(), ChartStyle.axisTitleFont(font()), HEIGHT - 120))
                .build();
        ChartStyle.apply(chart.getStyler(), font(), spec);
        if (spec.kind() == ChartKind.WATERFALL) {
            return waterfall(chart, spec);
        }
        int count = spec.categories().size();
        double maxWidth = ChartStyle.maxCategoryWidth(count, ChartStyle.rotation(spec, font()));
        List<String> categories = Labels.unique(spec.categories().stream()
                .map(c -> Labels.fitMiddle(c, ChartStyle.tickFont(font(), count), maxWidth))
                .toList());
        List<String> names = Labels.unique(spec.series().stream()
                .map(s -> Labels.fit(s.name(), ChartStyle.legendFont(font()), 220))
                .toList());
        for (int i = 0; i < names.size(); i++) {
            chart.addSeries(
                    names.get(i), categories, toDoubles(spec.series().get(i).values()));
        }
        return chart;
    }

    private static final Color WATERFALL_TOTAL = new Color(0x4E79A7);
    private static final Color WATERFALL_UP = new Color(0x59A14F);
    private static final Color WATERFALL_DOWN = new Color(0xE15759);

    /**
     * Floating bars as stacks: an invisible base under each step, the step on it in green (up) or
     * red (down), and the two totals from zero in blue. The table beside it has the amounts, so
     * the bars carry no labels (a stack would label its invisible base too).
     */
    private CategoryChart waterfall(CategoryChart chart, ChartSpec spec) {
        List<BigDecimal> values = spec.series().get(0).values();
        int count = values.size();
        List<Double> base = new ArrayList<>(count);
        List<Double> total = new ArrayList<>(count);
        List<Double> up = new ArrayList<>(count);
        List<Double> down = new ArrayList<>(count);
        double running = 0;
        double top = 0;
        for (int i = 0; i < count; i++) {
            double value = clamp(values.get(i).doubleValue());
            boolean isTotal = i == 0 || i == count - 1;
            if (isTotal) {
                base.add(0.0);
                total.add(Math.max(0, value));
                up.add(0.0);
                down.add(0.0);
                running = value;
            } else {
                double after = running + value;
                // Below zero a stack cannot float: such a step is drawn from zero.
                base.add(Math.max(0, Math.min(running, after)));
                total.add(0.0);
                up.add(value > 0 ? Math.abs(value) : 0.0);
                down.add(value < 0 ? Math.abs(value) : 0.0);
                running = after;
            }
            top = Math.max(top, Math.max(running, value));
        }
        var styler = chart.getStyler();
        styler.setStacked(true);
        styler.setLegendVisible(false);
        styler.setLabelsVisible(false);
        styler.setOverlapped(false);
        styler.setYAxisMin(0.0);
        if (top > 0) {
            styler.setYAxisMax(top * 1.08);
        }
        List<String> categories = Labels.unique(spec.categories().stream()
                .map(c -> Labels.fitMiddle(
                        c,
                        ChartStyle.tickFont(font(), count),
                        ChartStyle.maxCategoryWidth(count, ChartStyle.rotation(spec, font()))))
                .toList());
        chart.addSeries("base", categories, base)
                .setFillColor(new Color(0, 0, 0, 0))
                .setShowInLegend(false);
        chart.addSeries("total", categories, total).setFillColor(WATERFALL_TOTAL);
        chart.addSeries("up", categories, up).setFillColor(WATERFALL_UP);
        chart.addSeries("down", categories, down).setFillColor(WATERFALL_DOWN);
        return chart;
    }

    private static double clamp(double value) {
        return Math.max(-DRAWING_LIMIT, Math.min(DRAWING_LIMIT, value));
    }

    private static List<Double> toDoubles(List<BigDecimal> values) {
        List<Double> doubles = new ArrayList<>(values.size());
        for (BigDecimal value : values) {
            doubles.add(Math.max(-DRAWING_LIMIT, Math.min(DRAWING_LIMIT, value.doubleValue())));
        }
        return doubles;
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    // AWT needs this before its first use; on a server without a display a non-headless
    // toolkit fails with AWTError. Spring Boot sets it too, but the package must not depend on it.
    static void ensureHeadless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
