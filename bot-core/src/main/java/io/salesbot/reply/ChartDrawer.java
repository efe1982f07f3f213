package io.salesbot.reply;

import io.salesbot.chart.ChartRenderer;
import io.salesbot.chart.ChartSeries;
import io.salesbot.chart.ChartSpec;
import java.util.List;
import org.springframework.stereotype.Component;

/** Draws a chart reply as a PNG in the reader's language; every platform sends the same picture. */
@Component
public class ChartDrawer {

    private final ChartRenderer renderer = new ChartRenderer();
    private final Localizer localizer;

    public ChartDrawer(Localizer localizer) {
        this.localizer = localizer;
    }

    public byte[] png(BotReply.Chart chart, ReplyLocale reader) {
        return renderer.renderPng(spec(chart, reader));
    }

    ChartSpec spec(BotReply.Chart chart, ReplyLocale reader) {
        List<String> categories = chart.categories().stream()
                .map(c -> localizer.format(c, reader))
                .toList();
        List<ChartSeries> series = chart.series().stream()
                .map(s -> new ChartSeries(localizer.text(s.name(), reader), s.values()))
                .toList();
        return new ChartSpec(
                chart.kind(),
                localizer.text(chart.title(), reader),
                localizer.text(Message.of("chart.axis.amount"), reader),
                categories,
                series,
                reader.locale(),
                chart.currency());
    }
}
