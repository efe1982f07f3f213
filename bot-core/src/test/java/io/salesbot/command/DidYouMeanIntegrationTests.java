package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Typos get "did you mean", a deal's name may run on into the words after it, and the language
 * command says what it is and confirms a change in the new language.
 */
class DidYouMeanIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    Caller admin;

    @BeforeEach
    void demoWorkspace() {
        admin = new Caller(
                new Visitor(Platform.CONSOLE, "ws-" + UUID.randomUUID(), "Team", "U-admin", "Ann", Role.ADMIN),
                null,
                "console");
        gateway.handle(admin, "/salesbot demo");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/opp stag #6 in progress         | /opp stage #6 in progress",
                "/opp stage #6 qoted              | Quoted",
                "/opp stage #6 ระหว่างดำเนินกร      | ระหว่างดำเนินการ",
                "/opp product #6 \"CRM Startr\" qty:2 | CRM Starter",
                "/opp edit #6 type:new_custmer    | new_customer",
                "/opp edit #6 source:refferal     | referral",
                "/pipeline campaign:\"Expo 2062\"   | Expo 2026",
                "/salesbot products remove \"POS termnal\" | POS terminal",
                "/opp list closing:this-mnth      | this-month",
                "/salesbot stages ad Negotiation  | add",
                "/salesbot notify wom             | won",
                "/forecast quarter by:rpe         | rep",
            })
    void aTypoIsAnsweredWithWhatWasProbablyMeant(String typed, String meant) {
        BotReply reply = gateway.handle(admin, typed).reply();

        assertThat(reply)
                .isInstanceOfSatisfying(
                        BotReply.Error.class,
                        error -> assertThat(error.suggestions())
                                .first()
                                .isEqualTo(Message.of("error.didYouMean", meant)));
    }

    @Test
    void theLongestExactNameWinsOverAPartThatFitsSeveralDeals() {
        // given "CRM Acme Thailand" (demo) and a new "Acme ERP"
        gateway.handle(admin, "/opp new \"Acme ERP\" amount:1.2m close:2027-03-31");

        BotReply moved = gateway.handle(admin, "/opp stage acme erp in progress demo went well")
                .reply();
        BotReply shown = gateway.handle(admin, "/opp show acme erp").reply();
        BotReply ambiguous =
                gateway.handle(admin, "/opp stage acme in progress").reply();

        assertThat(moved).isInstanceOfSatisfying(BotReply.DealCard.class, card -> {
            assertThat(card.deal().name()).isEqualTo("Acme ERP");
            assertThat(card.deal().progress().stage().name()).isEqualTo("In progress");
        });
        assertThat(jdbc.queryForObject(
                        "SELECT c.note FROM opportunity_change c JOIN opportunity o ON o.id = c.opportunity_id"
                                + " WHERE o.workspace_id = (SELECT id FROM workspace WHERE external_id = ?)"
                                + " AND o.name = 'Acme ERP' AND c.note IS NOT NULL",
                        String.class,
                        admin.visitor().workspaceExternalId()))
                .isEqualTo("demo went well");
        assertThat(shown)
                .isInstanceOfSatisfying(
                        BotReply.DealCard.class,
                        card -> assertThat(card.deal().name()).isEqualTo("Acme ERP"));
        assertThat(ambiguous)
                .isInstanceOfSatisfying(
                        BotReply.Error.class,
                        error -> assertThat(error.message().key()).isEqualTo("error.ref.ambiguous"));

        BotReply won = gateway.handle(admin, "/opp won acme erp PO received").reply();
        assertThat(won)
                .isInstanceOfSatisfying(
                        BotReply.DealCard.class,
                        card -> assertThat(card.deal().name()).isEqualTo("Acme ERP"));
    }

    @Test
    void languageAloneSaysWhatItIsAndAChangeIsConfirmedInTheNewLanguage() {
        Answer now = gateway.handle(admin, "/salesbot language");
        Answer toThai = gateway.handle(admin, "/salesbot language th");
        Answer nowThai = gateway.handle(admin, "/salesbot language");
        Answer toEnglish = gateway.handle(admin, "/salesbot language en");

        assertThat(now.reply())
                .isInstanceOfSatisfying(
                        BotReply.Text.class,
                        text -> assertThat(text.message())
                                .isEqualTo(Message.of(
                                        "reply.admin.language.current", Message.of("language.en"), 0, "th")));
        assertThat(toThai.reader().language()).isEqualTo("th");
        assertThat(nowThai.reader().language()).isEqualTo("th");
        assertThat(nowThai.reply())
                .isInstanceOfSatisfying(
                        BotReply.Text.class,
                        text -> assertThat(text.message().args())
                                .isEqualTo(List.of(Message.of("language.th"), 0, "en")));
        assertThat(toEnglish.reader().language()).isEqualTo("en");
    }
}
