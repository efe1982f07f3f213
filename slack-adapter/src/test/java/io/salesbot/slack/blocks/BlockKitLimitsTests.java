package io.salesbot.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import io.salesbot.LongDeals;
import io.salesbot.opportunity.ChangeField;
import io.salesbot.opportunity.DealSummary;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.FormField;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import io.salesbot.slack.SlackLimitsChecker;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** However long a reply, what Slack receives is within its limits, and the reader is told what was cut. */
class BlockKitLimitsTests {

    private static final Gson WIRE = GsonFactory.createSnakeCase();
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final Localizer localizer = BlockKitTests.localizer();
    private final BlockKit kit = new BlockKit(localizer);

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void aDealWithTwoHundredLongLinesStaysWithinSlacksLimitsAndSaysHowManyAreNotShown(String language) {
        ReplyLocale reader = ReplyLocale.of(language, BANGKOK);
        BotReply.DealCard card = LongDeals.card(200, 200, 1000, LongDeals.text("Description ", 10_000));

        Rendered rendered = kit.render(card, reader);

        String json = wire(rendered, List.of());
        assertThat(SlackLimitsChecker.message(json)).isEmpty();
        int shown = countOf(json, "× 3");
        assertThat(shown).isPositive().isLessThan(200);
        assertThat(json)
                .contains(Mrkdwn.escape(localizer.text(Message.of("card.linesNotShown", 200 - shown), reader)))
                .contains(
                        localizer.text(Message.of("reply.textNotShown", 10_000 - DealCardBlocks.LONG_TEXT + 1), reader))
                .contains("\"action_id\":\"salesbot_won\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void aReplacedCardWithItsChangedByLineStillFits(String language) {
        ReplyLocale reader = ReplyLocale.of(language, BANGKOK);
        Rendered rendered = kit.render(LongDeals.card(200, 200, 1000, null), reader);

        String json = wire(rendered, List.of(Mrkdwn.context("Changed by <@U0123456789>")));

        assertThat(SlackLimitsChecker.message(json)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void aHistoryOfFiveHundredLongChangesShowsWhatFitsAndCountsTheRest(String language) {
        ReplyLocale reader = ReplyLocale.of(language, BANGKOK);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(List.of(
                    Instant.EPOCH,
                    "Ann",
                    Message.of("change." + ChangeField.STAGE.name().toLowerCase(), "A".repeat(500), "B".repeat(500)),
                    LongDeals.text("note " + i + " ", 1000)));
        }
        BotReply.Table table = new BotReply.Table(
                Message.of("reply.history.title", 7, "ระบบ ERP"),
                List.of(Message.of("column.when"), Message.of("column.who"), Message.of("column.change")),
                rows,
                List.of(Message.of("reply.history.latest", 100, 500)),
                Visibility.PRIVATE);

        String json = wire(kit.render(table, reader), List.of());

        assertThat(SlackLimitsChecker.message(json)).isEmpty();
        int shown = countOf(json, "note ");
        assertThat(shown).isPositive().isLessThan(500);
        assertThat(json)
                .contains(Mrkdwn.escape(localizer.text(Message.of("reply.rowsNotShown", 500 - shown), reader)))
                .contains(Mrkdwn.escape(localizer.text(Message.of("reply.history.latest", 100, 500), reader)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void aListOfManyLongRowsFits(String language) {
        ReplyLocale reader = ReplyLocale.of(language, BANGKOK);
        List<DealSummary> deals = IntStream.rangeClosed(1, 300)
                .mapToObj(i -> new DealSummary(
                        i,
                        LongDeals.text("Deal " + i + " ", 200),
                        LongDeals.text("Customer ", 200),
                        LongDeals.stage(),
                        new BigDecimal("1200000"),
                        50,
                        LocalDate.of(2026, 12, 31),
                        LongDeals.text("Owner ", 80)))
                .toList();
        BotReply.DealList list = new BotReply.DealList(
                Message.of("reply.list.title.team"), deals, 1, 30, 300, "/opp list all page:2", Visibility.CHANNEL);

        String json = wire(kit.render(list, reader), List.of());

        assertThat(SlackLimitsChecker.message(json)).isEmpty();
        int shown = countOf(json, "Customer ");
        assertThat(shown).isPositive().isLessThan(300);
        assertThat(json)
                .contains("salesbot_more")
                .contains(Mrkdwn.escape(localizer.text(Message.of("reply.rowsNotShown", 300 - shown), reader)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void manyPartsTogetherAreCutWhereTheyStopFittingAndSaySo(String language) {
        ReplyLocale reader = ReplyLocale.of(language, BANGKOK);
        List<BotReply> parts = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            parts.add(new BotReply.Text(
                    Message.of("reply.history.title", i, LongDeals.text("x", 400)), Visibility.CHANNEL));
        }
        parts.add(LongDeals.card(3, 50, 0, null));

        Rendered rendered = kit.render(new BotReply.Many(parts, Visibility.CHANNEL), reader);

        String json = wire(rendered, List.of());
        assertThat(SlackLimitsChecker.message(json)).isEmpty();
        assertThat(json).contains(Mrkdwn.escape(localizer.text(Message.of("reply.restNotShown"), reader)));
        assertThat(json).as("the card's buttons survive the cut").contains("salesbot_won");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void aFormWithTooManyChoicesOrTooLongTextStillOpens(String language) {
        ReplyLocale reader = ReplyLocale.of(language, BANGKOK);
        List<FormField.Choice> products = IntStream.rangeClosed(1, 150)
                .mapToObj(i -> new FormField.Choice(LongDeals.text("Product " + i + " ", 200), "x"))
                .toList();
        List<FormField> fields = List.of(
                new FormField("product", Message.of("form.newDeal.title"), FormField.Type.CHOICE, true, null, products),
                new FormField(
                        "description",
                        Message.of("card.description"),
                        FormField.Type.LONG_TEXT,
                        false,
                        LongDeals.text("long ", 10_000),
                        List.of()));
        BotReply.Form form = new BotReply.Form(
                "opp.edit", Message.of("form.newDeal.title"), "/opp edit", fields, Map.of("deal", "#7"));

        var view = new ModalViews(localizer)
                .modal(form, new FormMetadata("/opp edit", Map.of(), "C1", null, false), reader);

        JsonObject json = WIRE.toJsonTree(view).getAsJsonObject();
        assertThat(SlackLimitsChecker.view(json)).isEmpty();
        assertThat(json.toString())
                .contains("plain_text_input")
                .doesNotContain("static_select")
                .contains(localizer.text(Message.of("slack.form.tooLongToEdit", 10_000), reader));
    }

    private static String wire(Rendered rendered, List<LayoutBlock> extra) {
        List<LayoutBlock> blocks = new ArrayList<>(rendered.blocks());
        blocks.addAll(extra);
        return WIRE.toJson(ActionResponse.builder()
                .responseType(rendered.responseType())
                .text(rendered.text())
                .blocks(blocks)
                .build());
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
