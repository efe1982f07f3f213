package io.salesbot.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A funnel ({@link ChartKind#FUNNEL}): one centred bar per category, top to bottom, as wide as its
 * share of the largest value, its count inside (or beside it when the bar is too narrow), the
 * category's name on the left and, on the right between two bars, the share of the upper one that
 * reached the lower.
 * Drawn with plain Java2D: XChart has no funnel.
 */
final class FunnelDrawing {

    private static final Color BAR = new Color(0x8FB8DE);
    private static final Color TEXT = new Color(0x333333);
    private static final Color MUTED = new Color(0x666666);

    static final int MARGIN = 20;
    static final int TITLE_BASELINE = 40;
    static final int TOP = 64;
    static final int LABEL_WIDTH = 180;
    static final int CONVERSION_WIDTH = 80;
    static final int BARS_LEFT = MARGIN + LABEL_WIDTH + 10;
    static final int BARS_RIGHT = ChartRenderer.WIDTH - MARGIN - CONVERSION_WIDTH - 10;

    private FunnelDrawing() {}

    /** One piece of text and the box it is drawn in (the baseline is {@code box}'s bottom less the descent). */
    record Text(String text, Font font, Rectangle2D box, Color color) {}

    /** Where everything goes; {@link #draw} only paints it, and tests can measure it. */
    record Layout(Text title, List<Rectangle2D> bars, List<Text> labels) {}

    static BufferedImage draw(ChartSpec spec, Font base, int width, int height) {
        Layout layout = layout(spec, base, width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(BAR);
            for (Rectangle2D bar : layout.bars()) {
                g.fill(bar);
            }
            paint(g, layout.title());
            for (Text label : layout.labels()) {
                paint(g, label);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    static Layout layout(ChartSpec spec, Font base, int width, int height) {
        Font titleFont = ChartStyle.titleFont(base);
        String titleText = Labels.fit(spec.title(), titleFont, width - 2 * MARGIN);
        Text title = text(titleText, titleFont, (width - Labels.width(titleText, titleFont)) / 2, TITLE_BASELINE, TEXT);

        List<BigDecimal> values = spec.series().get(0).values();
        int count = values.size();
        double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double row = (height - TOP - MARGIN) / (double) count;
        double barHeight = Math.min(56, row * 0.72);
        // Small rows need small text, or labels of neighbouring rows would touch.
        Font labelFont = base.deriveFont((float) Math.max(9, Math.min(14, barHeight * 0.6)));
        Font percentFont = labelFont.deriveFont(Font.BOLD);
        double room = BARS_RIGHT - BARS_LEFT;
        double centre = (BARS_LEFT + BARS_RIGHT) / 2.0;
        NumberFormat counts = NumberFormat.getIntegerInstance(spec.locale());

        List<Rectangle2D> bars = new ArrayList<>();
        List<Text> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double value = Math.max(0, values.get(i).doubleValue());
            double barWidth = max <= 0 ? 2 : Math.max(2, room * value / max);
            double top = TOP + i * row + (row - barHeight) / 2;
            Rectangle2D bar = new Rectangle2D.Double(centre - barWidth / 2, top, barWidth, barHeight);
            bars.add(bar);
            double baseline = top + barHeight / 2 + ascent(labelFont) / 2 - 1;

            String name = Labels.fit(spec.categories().get(i), labelFont, LABEL_WIDTH);
            labels.add(text(name, labelFont, MARGIN + LABEL_WIDTH - Labels.width(name, labelFont), baseline, TEXT));

            String amount = counts.format(values.get(i).setScale(0, RoundingMode.HALF_UP));
            double amountWidth = Labels.width(amount, labelFont);
            double x = amountWidth + 8 <= barWidth ? centre - amountWidth / 2 : bar.getMaxX() + 6;
            labels.add(text(amount, labelFont, x, baseline, TEXT));

            if (i > 0) {
                BigDecimal above = values.get(i - 1);
                if (above.signum() > 0) {
                    String percent = percent(values.get(i), above, spec);
                    double percentWidth = Labels.width(percent, percentFont);
                    // Between the two bars it compares: the share of the one above that came through.
                    double between = TOP + i * row + ascent(percentFont) / 2 - 1;
                    labels.add(text(percent, percentFont, width - MARGIN - percentWidth, between, MUTED));
                }
            }
        }
        return new Layout(title, bars, labels);
    }

    /** {@code value ÷ above} in percent, at most one decimal: {@code 60%}, {@code 66.7%}. */
    static String percent(BigDecimal value, BigDecimal above, ChartSpec spec) {
        BigDecimal share = value.multiply(BigDecimal.valueOf(100)).divide(above, 1, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getNumberInstance(spec.locale());
        format.setMaximumFractionDigits(1);
        return format.format(share) + "%";
    }

    private static Text text(String text, Font font, double x, double baseline, Color color) {
        Rectangle2D bounds = font.getStringBounds(text, new java.awt.font.FontRenderContext(null, true, true));
        return new Text(
                text,
                font,
                new Rectangle2D.Double(x, baseline + bounds.getY(), bounds.getWidth(), bounds.getHeight()),
                color);
    }

    private static double ascent(Font font) {
        return font.getLineMetrics("Ag", new java.awt.font.FontRenderContext(null, true, true))
                .getAscent();
    }

    private static void paint(Graphics2D g, Text text) {
        g.setFont(text.font());
        g.setColor(text.color());
        Rectangle2D box = text.box();
        double baseline = box.getY()
                - text.font()
                        .getStringBounds(text.text(), g.getFontRenderContext())
                        .getY();
        g.drawString(text.text(), (float) box.getX(), (float) baseline);
    }
}
