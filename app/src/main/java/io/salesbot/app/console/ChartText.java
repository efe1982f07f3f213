package io.salesbot.app.console;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.ChartDrawer;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.ReplyLocale;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chart on a terminal: its numbers as a table (a terminal shows no picture), and the PNG that
 * chat platforms would post, saved under {@code charts/} with its path printed.
 */
final class ChartText {

    private static final Logger log = LoggerFactory.getLogger(ChartText.class);

    private final Localizer localizer;
    private final ChartDrawer drawer;
    private final ChartFiles files;

    ChartText(Localizer localizer, ChartDrawer drawer, ChartFiles files) {
        this.localizer = localizer;
        this.drawer = drawer;
        this.files = files;
    }

    String render(BotReply.Chart chart, ReplyLocale reader) {
        StringBuilder out = new StringBuilder(localizer.text(chart.title(), reader));
        out.append('\n').append(numbers(chart, reader).render(""));
        return out.append('\n').append(saved(chart, reader)).toString();
    }

    /**
     * Only the line saying where the picture is: for a chart right after the table of its
     * numbers, which the terminal has just printed (a report shows each table once).
     */
    String renderBesideTable(BotReply.Chart chart, ReplyLocale reader) {
        return saved(chart, reader);
    }

    private String saved(BotReply.Chart chart, ReplyLocale reader) {
        try {
            Path file = files.save(drawer.png(chart, reader), slugSource(chart, reader), reader.zone());
            return text("console.chart.saved", reader, file.toAbsolutePath().toString());
        } catch (IOException | RuntimeException failed) {
            // The numbers still answer the question; the picture is a bonus.
            log.warn("Could not save the chart", failed);
            return text("console.chart.failed", reader, String.valueOf(failed.getMessage()));
        }
    }

    private AlignedColumns numbers(BotReply.Chart chart, ReplyLocale reader) {
        List<String> headers = new ArrayList<>();
        headers.add("");
        chart.series().forEach(series -> headers.add(localizer.text(series.name(), reader)));
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, 1, right.length, true);
        AlignedColumns table = new AlignedColumns(headers, right);
        for (int row = 0; row < chart.categories().size(); row++) {
            List<String> cells = new ArrayList<>();
            cells.add(localizer.format(chart.categories().get(row), reader));
            for (BotReply.Chart.Series series : chart.series()) {
                BigDecimal value =
                        row < series.values().size() ? series.values().get(row) : null;
                cells.add(localizer.format(amount(value, chart.currency()), reader));
            }
            table.add(cells);
        }
        return table;
    }

    private static Object amount(BigDecimal value, String currency) {
        return value == null || currency == null ? value : new Money(value, currency);
    }

    /** File names from the English title, so they stay plain ASCII whatever the reader's language. */
    private String slugSource(BotReply.Chart chart, ReplyLocale reader) {
        return localizer.text(chart.title(), ReplyLocale.of("en", reader.zone()));
    }

    private String text(String key, ReplyLocale reader, Object... args) {
        return localizer.text(Message.of(key, args), reader);
    }
}
