package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mistyped deal name is answered with the open deals it was probably meant to be (edit distance,
 * best three first) on every command that takes a deal, in the reader's language, and nothing is
 * changed.
 */
class DealNameTypoIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    Caller admin;

    @BeforeEach
    void demoWorkspaceWithAcmeErp() {
        admin = new Caller(
                new Visitor(Platform.CONSOLE, "ws-" + UUID.randomUUID(), "Team", "U-admin", "Ann", Role.ADMIN),
                null,
                "console");
        gateway.handle(admin, "/salesbot demo");
        // beside the demo's "CRM Acme Thailand"
        gateway.handle(admin, "/opp new \"Acme ERP\" amount:1.2m close:2027-03-31");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/opp show acme erpp                         | Acme ERP",
                "/opp stage acm erp won                      | Acme ERP",
                "/opp won acme erpp                          | Acme ERP",
                "/opp lost acme erpp price too high          | Acme ERP",
                "/opp edit \"acme erpp\" amount:5            | Acme ERP",
                "/opp history acme erpp                      | Acme ERP",
                "/opp product \"acme erpp\" \"CRM Starter\"  | Acme ERP",
                "/opp product-remove \"acme erpp\" 1         | Acme ERP",
                "/opp show ระบบ ERP โรงงานบางนี              | ระบบ ERP โรงงานบางนา",
                "/opp เปลี่ยนสถานะ ระบบ ERP โรงงานบางน รอดำเนินการ | ระบบ ERP โรงงานบางนา",
                "/opp ดู erp โรงพยาบาลเอกชม                   | ERP โรงพยาบาลเอกชน",
            })
    void aMistypedDealNameIsOfferedTheClosestOpenDeals(String typed, String meant) {
        String before = state();

        BotReply reply = gateway.handle(admin, typed).reply();

        assertThat(reply).isInstanceOfSatisfying(BotReply.Error.class, error -> {
            assertThat(error.message().key()).isEqualTo("error.deal.unknown");
            assertThat(error.suggestions()).first().isEqualTo(Message.of("error.didYouMean", meant));
            assertThat(error.suggestions()).hasSizeLessThanOrEqualTo(3);
        });
        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void aPartOfANameThatFitsSeveralDealsOffersThemAll() {
        BotReply reply = gateway.handle(admin, "/opp show acmee").reply();

        assertThat(reply)
                .isInstanceOfSatisfying(
                        BotReply.Error.class,
                        error -> assertThat(error.suggestions())
                                .containsExactlyInAnyOrder(
                                        Message.of("error.didYouMean", "Acme ERP"),
                                        Message.of("error.didYouMean", "CRM Acme Thailand")));
    }

    @Test
    void aThaiReaderIsAnsweredInThai() {
        gateway.handle(admin, "/salesbot language th");

        Answer answer = gateway.handle(admin, "/opp ดู acme erpp");

        assertThat(answer.reader().language()).isEqualTo("th");
        BotReply.Error error = (BotReply.Error) answer.reply();
        assertThat(localizer.text(error.message(), answer.reader())).startsWith("ไม่พบโอกาสการขาย `acme erpp`");
        assertThat(localizer.text(error.suggestions().get(0), answer.reader())).isEqualTo("`Acme ERP`");
    }

    @Test
    void wordsAfterAnExactNameOrANumberAreStillTheText() {
        BotReply won = gateway.handle(admin, "/opp won acme erp PO received").reply();
        BotReply lost = gateway.handle(admin, "/opp lost #6 price too high").reply();

        assertThat(won).isInstanceOf(BotReply.DealCard.class);
        assertThat(lost).isInstanceOf(BotReply.DealCard.class);
    }

    /** Every deal's stage, amount and version in the workspace. */
    private String state() {
        return String.join(
                "\n",
                jdbc.queryForList(
                        "SELECT CONCAT(o.number, ' ', o.stage_id, ' ', o.estimated_revenue, ' ', o.version)"
                                + " FROM opportunity o JOIN workspace w ON w.id = o.workspace_id"
                                + " WHERE w.external_id = ? ORDER BY o.number",
                        String.class,
                        admin.visitor().workspaceExternalId()));
    }
}
