package io.salesbot.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.LongDeals;
import io.salesbot.discord.DiscordLimitsChecker;
import io.salesbot.opportunity.DealSummary;
import io.salesbot.opportunity.StageKind;
import io.salesbot.opportunity.StageView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.ChartDrawer;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** However long a reply, what Discord receives is within its limits, and the reader is told what was cut. */
class ReplyRendererLimitsTests {

    private final Localizer localizer = localizer();
    private final ReplyRenderer renderer = new ReplyRenderer(localizer, new ChartDrawer(localizer), new ComponentIds());

    static Localizer localizer() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "messages_value", "messages_discord");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return new Localizer(source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void aDealWithTwoHundredLongLinesStaysWithinDiscordsLimitsAndSaysHowManyAreNotShown(String language) {
        ReplyLocale reader = ReplyLocale.of(language, ZoneOffset.UTC);
        List<StageView> stages = IntStream.rangeClosed(1, 40)
                .mapToObj(i ->
                        new StageView(i, i == 7 ? "S".repeat(150) : "Stage " + i, "ขั้น " + i, i, StageKind.OPEN, 10))
                .toList();

        BotReply.DealCard card = LongDeals.card(200, 200, 1000, LongDeals.text("Description ", 10_000));

        DataObject json = wire(renderer.render(
                new BotReply.DealCard(card.headline(), card.deal(), card.actions(), card.visibility(), stages),
                reader));

        assertThat(DiscordLimitsChecker.message(json)).isEmpty();
        String text = json.toString();
        int shown = count(text, " × 3");
        assertThat(shown).isPositive().isLessThan(200);
        assertThat(text)
                .contains(localizer.text(Message.of("card.linesNotShown", 200 - shown), reader))
                .contains(localizer
                        .text(Message.of("reply.textNotShown", 1), reader)
                        .substring(0, 3))
                .contains("run:/opp won #7 version:3", "stage:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void aHistoryOfFiveHundredLongChangesShowsWhatFitsAndCountsTheRest(String language) {
        ReplyLocale reader = ReplyLocale.of(language, ZoneOffset.UTC);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(List.of(
                    Instant.EPOCH,
                    "Ann",
                    Message.of("change.stage", "A".repeat(500), "B".repeat(500)),
                    "note " + i + " " + LongDeals.text("", 1000)));
        }
        BotReply.Table table = new BotReply.Table(
                Message.of("reply.history.title", 7, LongDeals.text("ระบบ ERP ", 200)),
                List.of(Message.of("column.when"), Message.of("column.who"), Message.of("column.change")),
                rows,
                List.of(Message.of("reply.history.latest", 100, 500)),
                Visibility.PRIVATE);

        DataObject json = wire(renderer.render(table, reader));

        assertThat(DiscordLimitsChecker.message(json)).isEmpty();
        int shown = count(json.toString(), "note ");
        assertThat(shown).isPositive().isLessThan(500);
        assertThat(json.toString())
                .contains(localizer.text(Message.of("reply.rowsNotShown", 500 - shown), reader))
                .contains(localizer.text(Message.of("reply.history.latest", 100, 500), reader));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void aListOfManyLongRowsFits(String language) {
        ReplyLocale reader = ReplyLocale.of(language, ZoneOffset.UTC);
        List<DealSummary> deals = IntStream.rangeClosed(1, 300)
                .mapToObj(i -> new DealSummary(
                        i,
                        LongDeals.text("Deal " + i + " ", 200),
                        null,
                        LongDeals.stage(),
                        new BigDecimal("1200000"),
                        50,
                        LocalDate.of(2026, 12, 31),
                        LongDeals.text("Owner ", 80)))
                .toList();

        DataObject json = wire(renderer.render(
                new BotReply.DealList(
                        Message.of("reply.list.title.team"),
                        deals,
                        1,
                        30,
                        300,
                        "/opp list all page:2",
                        Visibility.CHANNEL),
                reader));

        assertThat(DiscordLimitsChecker.message(json)).isEmpty();
        int shown = count(json.toString(), "Owner ");
        assertThat(shown).isPositive().isLessThan(300);
        assertThat(json.toString()).contains(localizer.text(Message.of("reply.rowsNotShown", 300 - shown), reader));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void manyPartsTogetherStayWithinOneMessageAndSaySo(String language) {
        ReplyLocale reader = ReplyLocale.of(language, ZoneOffset.UTC);
        List<BotReply> parts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            parts.add(LongDeals.card(30, 100, 0, LongDeals.text("d", 3000)));
            parts.add(new BotReply.Text(
                    Message.of("reply.history.title", i, LongDeals.text("x", 400)), Visibility.CHANNEL));
        }

        DataObject json = wire(renderer.render(new BotReply.Many(parts, Visibility.CHANNEL), reader));

        assertThat(DiscordLimitsChecker.message(json)).isEmpty();
        assertThat(json.getString("content")).endsWith(localizer.text(Message.of("reply.restNotShown"), reader));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void longTextIsCutBetweenLinesAndSaysSo(String language) {
        ReplyLocale reader = ReplyLocale.of(language, ZoneOffset.UTC);
        List<Message> suggestions = IntStream.range(0, 100)
                .mapToObj(i -> Message.of("reply.history.title", i, LongDeals.text("ชื่อ ", 100)))
                .toList();

        DataObject json = wire(
                renderer.render(new BotReply.Error(Message.of("error.deal.unknown", "x"), null, suggestions), reader));

        assertThat(DiscordLimitsChecker.message(json)).isEmpty();
        assertThat(json.getString("content")).endsWith(localizer.text(Message.of("reply.restNotShown"), reader));
    }

    private static DataObject wire(Rendered rendered) {
        return rendered.toCreate().toData();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
