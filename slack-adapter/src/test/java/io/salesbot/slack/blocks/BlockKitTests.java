package io.salesbot.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.LineView;
import io.salesbot.opportunity.StageKind;
import io.salesbot.opportunity.StageView;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.reply.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
        StageView wait = new StageView(1, "Wait", "รอ", 1, StageKind.OPEN, 10);
        LineView line = new LineView(
                1,
                "Server",
                new BigDecimal("2"),
                new BigDecimal("50000"),
                BigDecimal.ZERO,
                false,
                null,
                new BigDecimal("100000"));
        DealView deal = new DealView(
                42,
                7,
                name,
                "ACME <Thai> & Co",
                "new_customer",
                wait,
                null,
                10,
                false,
                new BigDecimal("100000"),
                false,
                new BigDecimal("10000"),
                LocalDate.of(2026, 12, 31),
                null,
                null,
                null,
                1,
                "Ann",
                null,
                null,
                List.of(line),
                "THB",
                3,
                Instant.EPOCH,
                Instant.EPOCH);
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
}
