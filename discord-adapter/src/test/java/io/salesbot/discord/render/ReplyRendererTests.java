package io.salesbot.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.ReplyFixtures;
import io.salesbot.opportunity.DealSummary;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.ChartDrawer;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

/** Discord shows the same facts of a product line and a list row as Slack and the console. */
class ReplyRendererTests {

    static final ReplyLocale ENGLISH = ReplyLocale.of("en", ZoneOffset.UTC);

    private final Localizer localizer = ReplyRendererLimitsTests.localizer();
    private final ComponentIds ids = new ComponentIds();
    private final ReplyRenderer renderer = new ReplyRenderer(localizer, new ChartDrawer(localizer), ids);

    @Test
    void aProductLineShowsQuantityPriceDiscountTotalAddOnAndNote() {
        // given a deal with a discounted add-on that has a note
        BotReply.DealCard card = new BotReply.DealCard(
                Message.of("h"),
                ReplyFixtures.deal("ERP", "Acme", List.of(ReplyFixtures.discountedAddOn("on *site*"))),
                List.of(),
                Visibility.PRIVATE);

        // when
        MessageEmbed embed = renderer.render(card, ENGLISH).embeds().get(0);

        // then
        assertThat(embed.getFields())
                .filteredOn(field -> "Products".equals(field.getName()))
                .extracting(MessageEmbed.Field::getValue)
                .containsExactly("1. Training (add-on) × 2 @ ฿50,000 −10% = ฿90,000 — on \\*site\\*");
    }

    @Test
    void aListRowShowsTheCustomerAndTheProbabilityToo() {
        // given
        BotReply.DealList list = new BotReply.DealList(
                Message.of("reply.list.title.team"),
                List.of(new DealSummary(
                        42,
                        "ERP",
                        "Acme",
                        ReplyFixtures.WAIT,
                        new BigDecimal("1200000"),
                        50,
                        LocalDate.of(2026, 12, 31),
                        "Ann")),
                1,
                1,
                1,
                null,
                Visibility.CHANNEL);

        // when
        MessageEmbed embed = renderer.render(list, ENGLISH).embeds().get(0);

        // then
        assertThat(embed.getDescription()).isEqualTo("**#42** ERP · Acme · Wait · 1,200,000 · 50% · 31 Dec 2026 · Ann");
    }

    @Test
    void aFormOutsideAnInteractionSaysWhatToType() {
        BotReply.Form form = new BotReply.Form("f", Message.of("form.newDeal.title"), "/opp new", List.of(), Map.of());

        Rendered rendered = renderer.render(form, ENGLISH);

        assertThat(rendered.content()).isEqualTo("New deal: `/opp new`");
        assertThat(rendered.ephemeral()).isTrue();
    }

    @Test
    void aFormOutsideAnInteractionOffersAButtonThatRunsTheCommandOpeningIt() {
        BotReply.Form form = new BotReply.Form(
                "forecast.submit",
                Message.of("form.call.title", io.salesbot.reply.Period.ofLabel("2026-Q4")),
                "/forecast submit",
                List.of(),
                Map.of("period", "2026-Q4"));

        Rendered rendered = renderer.render(form, ENGLISH);

        assertThat(rendered.content()).isEqualTo("Your call for 2026-Q4: `/forecast submit period:2026-Q4`");
        assertThat(rendered.rows()).hasSize(1);
        net.dv8tion.jda.api.components.buttons.Button button =
                rendered.rows().get(0).getButtons().get(0);
        assertThat(button.getLabel()).isEqualTo("Open the form");
        assertThat(ids.command(button.getCustomId())).contains("/forecast submit period:2026-Q4");
    }

    @Test
    void aMorningDigestsFourPartsOfFiveButtonsFitDiscordsRowsWithUniqueIds() {
        List<BotReply> parts = new java.util.ArrayList<>();
        parts.add(new BotReply.Text(Message.of("notify.myday.title", LocalDate.of(2026, 12, 8)), Visibility.PRIVATE));
        for (int part = 0; part < 4; part++) {
            List<io.salesbot.reply.CardAction> buttons = new java.util.ArrayList<>();
            for (int item = 1; item <= 5; item++) {
                int deal = part * 5 + item;
                buttons.add(new io.salesbot.reply.CardAction(
                        io.salesbot.reply.CardAction.Kind.OPEN,
                        Message.of("action.openOne", String.valueOf(deal)),
                        "/opp show #" + deal));
            }
            parts.add(new BotReply.Prompt(Message.of("notify.myday.closing", 5), buttons, Visibility.PRIVATE));
        }

        Rendered rendered = renderer.render(new BotReply.Many(parts, Visibility.PRIVATE), ENGLISH);

        assertThat(rendered.rows()).hasSize(4);
        List<String> ids = rendered.rows().stream()
                .flatMap(row -> row.getButtons().stream())
                .map(net.dv8tion.jda.api.components.buttons.Button::getCustomId)
                .toList();
        assertThat(ids).hasSize(20).doesNotHaveDuplicates().allMatch(id -> id.startsWith(ComponentIds.SHOW));
        assertThat(rendered.rows().get(3).getButtons().get(4).getLabel()).isEqualTo("Open #20");
        assertThat(rendered.content()).startsWith("Your day, 8 Dec 2026");
    }

    @Test
    void twoPartsOfferingTheSameCommandGiveOneButtonSinceDiscordRefusesRepeatedIds() {
        io.salesbot.reply.CardAction open = new io.salesbot.reply.CardAction(
                io.salesbot.reply.CardAction.Kind.OPEN, Message.of("action.openOne", "7"), "/opp show #7");
        io.salesbot.reply.CardAction other = new io.salesbot.reply.CardAction(
                io.salesbot.reply.CardAction.Kind.OPEN, Message.of("action.openOne", "8"), "/opp show #8");
        BotReply twice = new BotReply.Many(
                List.of(
                        new BotReply.Prompt(Message.of("notify.myday.stale", 1), List.of(open), Visibility.PRIVATE),
                        new BotReply.Prompt(
                                Message.of("notify.myday.noNextStep", 2), List.of(open, other), Visibility.PRIVATE)),
                Visibility.PRIVATE);

        Rendered rendered = renderer.render(twice, ENGLISH);

        assertThat(rendered.rows().stream()
                        .flatMap(row -> row.getButtons().stream())
                        .map(net.dv8tion.jda.api.components.buttons.Button::getLabel)
                        .toList())
                .containsExactly("Open #7", "Open #8");
    }
}
