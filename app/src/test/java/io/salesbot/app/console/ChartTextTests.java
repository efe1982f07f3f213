package io.salesbot.app.console;

import static io.salesbot.app.console.ConsoleFixtures.ENGLISH;
import static io.salesbot.app.console.ConsoleFixtures.THAI;
import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.chart.ChartKind;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.ChartDrawer;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartTextTests {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path home;

    final Localizer localizer = ConsoleFixtures.localizer();

    @Test
    void savesTheChartAsAPngUnderHomeAndPrintsItsPathAndNumbers() throws IOException {
        // given a renderer whose clock says 09:30:45 in Bangkok
        Path charts = home.resolve("charts");
        ConsoleRenderer renderer = renderer(charts);

        // when the same chart is rendered twice within one second
        String first = renderer.render(forecast(), ENGLISH);
        String second = renderer.render(forecast(), THAI);

        // then two PNG files exist, named from the English title and the time, and both paths are printed
        Path firstFile = charts.resolve("forecast-by-quarter-20261127-093045.png");
        Path secondFile = charts.resolve("forecast-by-quarter-20261127-093045-2.png");
        assertThat(first).endsWith("Chart saved to " + firstFile.toAbsolutePath());
        assertThat(second).endsWith("บันทึกกราฟไว้ที่ " + secondFile.toAbsolutePath());
        for (Path file : List.of(firstFile, secondFile)) {
            assertThat(Files.readAllBytes(file)).startsWith(PNG_SIGNATURE);
        }
        try (Stream<Path> files = Files.list(charts)) {
            assertThat(files).hasSize(2);
        }
        // and the numbers are printed too, since a terminal shows no picture
        assertThat(first.lines().toList())
                .contains(
                        "Forecast by quarter",
                        "         forecast.open  forecast.won",
                        "-------  -------------  ------------",
                        "2026-Q4     ฿1,200,000      ฿300,000",
                        "2027-Q1       ฿450,000            ฿0");
    }

    @Test
    void stillPrintsTheNumbersWhenThePictureCannotBeSaved() throws IOException {
        // given charts would go where a file already is
        Path blocked = Files.writeString(home.resolve("charts"), "not a folder");

        // when
        String text = renderer(blocked).render(forecast(), ENGLISH);

        // then
        assertThat(text).contains("2026-Q4     ฿1,200,000").contains("Could not save the chart picture");
    }

    @Test
    void aReportPrintsItsTableOnceAndThenOnlyWhereThePictureIs() throws IOException {
        // given a report: the table of numbers and the chart of the same numbers, under one title
        BotReply.Chart chart = forecast();
        BotReply.Table table = new BotReply.Table(
                chart.title(),
                List.of(Message.of("Period"), Message.of("forecast.open"), Message.of("forecast.won")),
                List.of(List.of("2026-Q4", "1200000", "300000"), List.of("2027-Q1", "450000", "0")),
                List.of(),
                Visibility.CHANNEL);

        // when
        String text = renderer(home.resolve("charts"))
                .render(new BotReply.Many(List.of(table, chart), Visibility.CHANNEL), ENGLISH);

        // then each number and the title are printed once, followed by the picture's path
        assertThat(text.lines().filter(line -> line.startsWith("2026-Q4"))).hasSize(1);
        assertThat(text.lines().filter(line -> line.equals("Forecast by quarter")))
                .hasSize(1);
        assertThat(text).endsWith("forecast-by-quarter-20261127-093045.png");
    }

    @Test
    void slugsTitlesIntoPlainFileNames() {
        assertThat(ChartFiles.slug("Forecast by quarter (2026)")).isEqualTo("forecast-by-quarter-2026");
        assertThat(ChartFiles.slug("พยากรณ์ยอดขาย")).isEqualTo("chart");
        assertThat(ChartFiles.slug("Café / Pipeline")).isEqualTo("cafe-pipeline");
    }

    private ConsoleRenderer renderer(Path charts) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T02:30:45Z"), ZoneOffset.UTC);
        return new ConsoleRenderer(
                localizer,
                new ChartText(localizer, new ChartDrawer(localizer), new ChartFiles(charts, clock)),
                new AttachmentText(localizer, charts.resolveSibling("exports")));
    }

    private static BotReply.Chart forecast() {
        // The English title comes from a message the test bundle does not have: the key itself.
        return new BotReply.Chart(
                Message.of("Forecast by quarter"),
                ChartKind.GROUPED_BAR,
                List.of("2026-Q4", "2027-Q1"),
                List.of(
                        new BotReply.Chart.Series(
                                Message.of("forecast.open"),
                                List.of(new BigDecimal("1200000"), new BigDecimal("450000"))),
                        new BotReply.Chart.Series(
                                Message.of("forecast.won"), List.of(new BigDecimal("300000"), BigDecimal.ZERO))),
                "THB",
                Visibility.CHANNEL);
    }
}
