package io.salesbot.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.salesbot.ReplyFixtures;
import io.salesbot.opportunity.DealSummary;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.LineView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class BlockKitTests {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final BlockKit kit = new BlockKit(localizer());

    static Localizer localizer() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "messages_value", "messages_slack");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return new Localizer(source);
    }

    static BotReply.DealCard card(String name) {
        LineView line = new LineView(
                1,
                "Server",
                new BigDecimal("2"),
                new BigDecimal("50000"),
                BigDecimal.ZERO,
                false,
                null,
                new BigDecimal("100000"));
        DealView deal = ReplyFixtures.deal(name, "ACME <Thai> & Co", List.of(line));
        List<CardAction> actions = List.of(
                new CardAction(CardAction.Kind.WON, Message.of("action.won"), "/opp won #7 version:3"),
                new CardAction(CardAction.Kind.LOST, Message.of("action.lost"), "/opp lost #7 version:3"));
        return new BotReply.DealCard(Message.of("reply.deal.created", 7), deal, actions, Visibility.PRIVATE);
    }

    @Test
    void peoplesTextCannotPingTheChannelOrBreakTheMarkup() {
        Rendered rendered = kit.render(card("<!channel> big deal"), ReplyLocale.of("en", BANGKOK));

        String json = GSON.toJson(rendered.blocks());
        assertThat(json)
                .doesNotContain("<!channel>")
                .contains("&lt;!channel&gt; big deal", "ACME &lt;Thai&gt; &amp; Co");
        assertThat(rendered.responseType()).isEqualTo("ephemeral");
    }

    @Test
    void thaiReadersGetThaiLabelsBuddhistDatesAndBaht() {
        Rendered rendered = kit.render(card("ระบบ ERP"), ReplyLocale.of("th", BANGKOK));

        String json = GSON.toJson(rendered.blocks());
        assertThat(json)
                .contains("ระบบ ERP", "รอ", "2569", "100,000 บาท", "\"style\":\"primary\"", "\"style\":\"danger\"");
    }

    @Test
    void aCardWithoutButtonsForTheHomeTab() {
        Rendered rendered = kit.render(card("Quiet"), ReplyLocale.of("en", BANGKOK), false);

        assertThat(GSON.toJson(rendered.blocks())).doesNotContain("\"actions\"", "button");
    }

    @Test
    void chartsAndFormsComeBesideTheBlocks() {
        BotReply.Form form = new BotReply.Form(
                "opp.lost", Message.of("form.newDeal.title"), "/opp lost", List.of(), java.util.Map.of());
        BotReply.Many many = new BotReply.Many(
                List.of(new BotReply.Text(Message.of("reply.deal.won", 1), Visibility.CHANNEL), form),
                Visibility.CHANNEL);

        Rendered rendered = kit.render(many, ReplyLocale.of("en", BANGKOK));

        assertThat(rendered.form()).isSameAs(form);
        assertThat(rendered.responseType()).isEqualTo("in_channel");
        assertThat(rendered.text()).contains("#1");
    }

    @Test
    void aProductLineAndAListRowShowTheSameFactsAsOnEveryPlatform() {
        // given a card whose line is a discounted add-on with a note, and a list of one deal
        BotReply.DealCard discounted = new BotReply.DealCard(
                Message.of("h"),
                ReplyFixtures.deal("ERP", "ACME", List.of(ReplyFixtures.discountedAddOn("on <site>"))),
                List.of(),
                Visibility.PRIVATE);
        BotReply.DealList list = new BotReply.DealList(
                Message.of("reply.list.title.team"),
                List.of(new DealSummary(
                        42, "ERP", "ACME", ReplyFixtures.WAIT, new BigDecimal("1200000"), 50, null, "Ann")),
                1,
                1,
                1,
                null,
                Visibility.CHANNEL);
        ReplyLocale english = ReplyLocale.of("en", BANGKOK);

        // when
        String cardJson = GSON.toJson(kit.render(discounted, english).blocks());
        String listJson = GSON.toJson(kit.render(list, english).blocks());

        // then the line says price, discount, add-on and note; the row every fact that is set
        assertThat(cardJson).contains("1. Training (add-on) × 2 @ ฿50,000 −10% = ฿90,000 — on &lt;site&gt;");
        assertThat(listJson).contains("*#42* ERP\\n      ACME · Wait · 1,200,000 · 50% · Ann");
    }
}
