package io.salesbot.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/** Look of every chart: fonts, colours, legend, axis labels. */
final class ChartStyle {

    // Tableau 10 palette: distinct in hue and lightness, so series stay apart for colour-blind
    // readers and in greyscale screenshots; the forecast's three series are blue/orange/green.
    private static final Color[] SERIES_COLORS = {
        new Color(0x4E79A7), new Color(0xF28E2B), new Color(0x59A14F), new Color(0xE15759),
        new Color(0x76B7B2), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
        new Color(0x9C755F), new Color(0xBAB0AC)
    };
    private static final Color TEXT = new Color(0x333333);
    private static final Color GRID = new Color(0xE0E0E0);

    // A single series gets a lighter blue so dark value labels stay readable both inside the
    // bar and where they spill over a short bar onto the white plot.
    private static final Color[] SINGLE_SERIES_COLOR = {new Color(0x8FB8DE)};
    // Up to this many bars a value label fits turned upright along its bar (12 px text in a bar
    // at least ~16 px wide); beyond, the value axis alone carries the amounts.
    private static final int MAX_BARS_WITH_VALUE_LABELS = 36;

    private ChartStyle() {}

    // Thai marks stack above and below the line, so sizes are a notch above XChart's defaults.
    static Font titleFont(Font base) {
        return base.deriveFont(Font.BOLD, 18f);
    }

    static Font axisTitleFont(Font base) {
        return base.deriveFont(14f);
    }

    static Font legendFont(Font base) {
        return base.deriveFont(13f);
    }

    static Font tickFont(Font base, int categories) {
        return base.deriveFont(categories > 24 ? 11f : 13f);
    }

    /** Degrees to turn category labels: only when there are many and they do not fit flat. */
    static int rotation(ChartSpec spec, Font base) {
        int count = spec.categories().size();
        if (count > 24) {
            return 90;
        }
        Font tick = tickFont(base, count);
        boolean crowded =
                count > 6 && spec.categories().stream().anyMatch(c -> Labels.width(c, tick) > slotWidth(count));
        return crowded ? 45 : 0;
    }

    /** Widest a category label may be, in pixels, at the given rotation. */
    static double maxCategoryWidth(int count, int rotation) {
        return rotation == 90 ? 110 : rotation == 45 ? 150 : slotWidth(count);
    }

    // Plot width is the image minus room for the value axis; keep a gap between labels.
    private static double slotWidth(int count) {
        return (ChartRenderer.WIDTH - 110.0) / Math.max(1, count) - 8;
    }

    static void apply(CategoryStyler styler, Font base, ChartSpec spec) {
        int categories = spec.categories().size();
        styler.setBaseFont(base.deriveFont(13f));
        styler.setChartTitleFont(titleFont(base));
        styler.setAxisTitleFont(axisTitleFont(base));
        styler.setAxisTickLabelsFont(tickFont(base, categories));
        styler.setLegendFont(legendFont(base));
        styler.setLabelsFont(valueFont(base));
        styler.setAnnotationTextFont(base.deriveFont(12f));
        styler.setAnnotationTextPanelFont(base.deriveFont(12f));
        styler.setToolTipFont(base.deriveFont(12f));
        styler.setChartButtonFont(base.deriveFont(12f));

        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setPlotGridLinesColor(GRID);
        styler.setChartFontColor(TEXT);
        styler.setAxisTickLabelsColor(TEXT);
        boolean single = spec.series().size() == 1;
        styler.setSeriesColors(single ? SINGLE_SERIES_COLOR : SERIES_COLORS);
        styler.setAntiAlias(true);

        styler.setLegendVisible(!single);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setXAxisTitleVisible(false);
        styler.setYAxisTitleVisible(!spec.valueAxisLabel().isBlank());
        styler.setXAxisLabelRotation(rotation(spec, base));
        styler.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right); // digits line up
        styler.setAvailableSpaceFill(single ? 0.6 : 0.8);

        // Tick values arrive as doubles with float noise (2.0000000000000004E5); the compact
        // format rounds that away and never shows scientific notation.
        BigDecimal largest = largest(spec);
        styler.setyAxisTickLabelsFormattingFunction(value -> Double.isFinite(value)
                ? CompactAmounts.axisTick(BigDecimal.valueOf(value), largest, spec.locale(), spec.currencyCode())
                : "");
        if (spec.series().stream().flatMap(s -> s.values().stream()).allMatch(v -> v.signum() == 0)) {
            // XChart squeezes an all-zero axis into one overlapping tick; show a plain baseline.
            styler.setYAxisMin(0.0).setYAxisMax(1.0);
            styler.setYAxisTicksVisible(false);
        }
        // Every bar says its amount while there is room: flat over a few bars, upright over more.
        int bars = categories * spec.series().size();
        styler.setLabelsVisible(bars <= MAX_BARS_WITH_VALUE_LABELS);
        boolean flat = flatValueLabels(spec, base);
        styler.setLabelsRotation(flat ? 0 : 90);
        double top = spec.series().stream()
                .flatMap(s -> s.values().stream())
                .mapToDouble(v -> Math.min(1e15, v.doubleValue()))
                .max()
                .orElse(0);
        if (bars <= MAX_BARS_WITH_VALUE_LABELS && top > 0) {
            // Room above the tallest bar for its label, which would otherwise run off the plot.
            styler.setYAxisMax(top * (flat ? 1.12 : 1.3));
        }
        styler.setLabelsFontColorAutomaticEnabled(false);
        styler.setLabelsFontColor(TEXT);
        styler.setLabelsPosition(1.0);
    }

    /** Whether the widest value label fits flat across one bar; otherwise it stands upright. */
    static boolean flatValueLabels(ChartSpec spec, Font base) {
        int series = Math.max(1, spec.series().size());
        double fill = series == 1 ? 0.6 : 0.8;
        double bar = slotWidth(spec.categories().size()) * fill / series;
        BigDecimal largest = largest(spec);
        String widest = spec.series().stream()
                .flatMap(s -> s.values().stream())
                .map(v -> CompactAmounts.axisTick(v, largest, spec.locale(), spec.currencyCode()))
                .max(java.util.Comparator.comparingDouble(text -> Labels.width(text, valueFont(base))))
                .orElse("");
        return Labels.width(widest, valueFont(base)) <= bar;
    }

    static Font valueFont(Font base) {
        return base.deriveFont(12f);
    }

    /** The largest amount drawn, as far from zero as the drawing goes, to pick the axis' unit. */
    static BigDecimal largest(ChartSpec spec) {
        return spec.series().stream()
                .flatMap(s -> s.values().stream())
                .map(BigDecimal::abs)
                .map(v -> v.min(BigDecimal.valueOf(1e15)))
                .reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /** White image with just the title: for a spec with nothing to plot, or as a last resort. */
    static BufferedImage blank(String title, Font base, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(TEXT);
            g.setFont(titleFont(base));
            String text = Labels.fit(title, g.getFont(), width - 40);
            int x = Math.max(10, (width - g.getFontMetrics().stringWidth(text)) / 2);
            g.drawString(text, x, 40);
        } finally {
            g.dispose();
        }
        return image;
    }
}
