package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.opportunity.ChangeField;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.opportunity.StageKind;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.CardAction;
import io.salesbot.reply.ChartDrawer;
import io.salesbot.reply.FormField;
import io.salesbot.reply.Localizer;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CommandGatewayIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    @Autowired
    ChartDrawer charts;

    @Autowired
    OpportunityService deals;

    @Autowired
    CommandCatalog catalog;

    String team;
    Caller admin;

    @BeforeEach
    void team() {
        team = "T-" + UUID.randomUUID();
        admin = caller("U-admin", Role.ADMIN);
    }

    Caller caller(String user, Role roleIfNew) {
        return new Caller(new Visitor(Platform.SLACK, team, "Team", user, user, roleIfNew), null);
    }

    BotReply run(Caller caller, String line) {
        return gateway.handle(caller, line).reply();
    }

    Actor actor(Caller caller) {
        return workspaces.enter(caller.visitor());
    }

    @Test
    void worksADealFromCreationToWonByCommands() {
        BotReply.DealCard created = (BotReply.DealCard)
                run(admin, "/opp new \"Acme ERP\" amount:1.2m close:31/12/2569 customer:\"Acme Co.\"");
        assertThat(created.deal().revenue().estimated()).isEqualByComparingTo("1200000");
        assertThat(created.deal().progress().closeDate()).isEqualTo(LocalDate.of(2026, 12, 31));

        BotReply.DealCard moved = (BotReply.DealCard) run(admin, "/opp stage #1 in progress demo went well");
        assertThat(moved.deal().progress().stage().name()).isEqualTo("In progress");
        assertThat(moved.deal().revenue().expected()).isEqualByComparingTo("600000");

        BotReply.DealCard won = (BotReply.DealCard) run(admin, "/opp won acme");
        assertThat(won.deal().progress().stage().kind()).isEqualTo(StageKind.WON);
        assertThat(deals.history(actor(admin), "#1").changes())
                .filteredOn(change -> change.field() == ChangeField.STAGE)
                .extracting(change -> change.note())
                .containsExactly("demo went well", null);
    }

    @Test
    void aBadDateNamesTheValueAndShowsTwoValidForms() {
        BotReply.Error error = (BotReply.Error) run(admin, "/opp new Acme close:31/13/2026");

        assertThat(error.field()).isEqualTo("close");
        String text = localizer.text(
                error.message(), gateway.handle(admin, "/opp help").reader());
        assertThat(text).contains("31/13/2026", "2026-12-31", "31/12/2569");
        assertThat(count("opportunity", actor(admin))).isZero();
    }

    @Test
    void anAmbiguousNameGetsADidYouMeanList() {
        run(admin, "/opp new \"Acme ERP\"");
        run(admin, "/opp new \"Acme CRM\"");

        BotReply.Error error = (BotReply.Error) run(admin, "/opp show acme");

        assertThat(error.message().key()).isEqualTo("error.ref.ambiguous");
        assertThat(error.suggestions()).hasSize(2);
    }

    @Test
    void forecastPeriodsReadBuddhistEraYearsAndRefuseImpossibleOnes() {
        assertThat(run(admin, "/forecast 2569")).isNotInstanceOf(BotReply.Error.class);
        assertThat(run(admin, "/forecast 2569-Q4")).isNotInstanceOf(BotReply.Error.class);

        BotReply.Error error = (BotReply.Error) run(admin, "/forecast 2950");

        assertThat(error.message().key()).isEqualTo("error.period.invalid");
    }

    @Test
    void repsCannotSetTheWorkspaceUp() {
        run(admin, "/opp help");
        Caller rep = caller("U-rep", Role.REP);

        BotReply.Error error = (BotReply.Error) run(rep, "/salesbot stages add Quoted prob:60");

        assertThat(error.message().key()).isEqualTo("error.permission.role");
    }

    @Test
    void tooLittleOpensAFormAndSubmittingItIsTheSameCommand() {
        BotReply.Form form = (BotReply.Form) run(admin, "/opp new");
        assertThat(form.fields()).extracting(FormField::option).startsWith("name", "amount", "close");

        Map<String, String> filled = new HashMap<>(form.fixed());
        filled.put("name", "From the form");
        filled.put("amount", "500k");
        filled.put("stage", "In progress");
        BotReply.DealCard card = (BotReply.DealCard)
                gateway.submit(admin, form.command(), filled).reply();
        assertThat(card.deal().name()).isEqualTo("From the form");

        BotReply.Form lose = (BotReply.Form) run(admin, "/opp lost #1");
        assertThat(lose.fixed()).containsEntry("deal", "#1");
        BotReply.Error noReason = (BotReply.Error)
                gateway.submit(admin, lose.command(), lose.fixed()).reply();
        assertThat(noReason.field()).isEqualTo("reason");
        assertThat(run(admin, "/opp edit #1")).isInstanceOf(BotReply.Form.class);
        assertThat(run(admin, "/opp product #1")).isInstanceOf(BotReply.Form.class);
    }

    @Test
    void eachFormFieldIsCheckedAsItsOptionReadsItWithoutRunningTheCommand() {
        BotReply.Form form = (BotReply.Form) run(admin, "/opp new");

        // a value each field cannot read is refused on that field, in the reader's words
        for (Map.Entry<String, String> bad :
                Map.of("amount", "lots", "close", "someday", "prob", "150").entrySet()) {
            BotReply.Error error =
                    (BotReply.Error) gateway.checkField(admin, form.command(), bad.getKey(), bad.getValue())
                            .orElseThrow()
                            .reply();
            assertThat(error.field()).isEqualTo(bad.getKey());
            assertThat(error.message().args()).contains(bad.getValue());
        }
        // what reads is fine, as are free text and options the command does not have
        assertThat(gateway.checkField(admin, form.command(), "amount", "1.2 ล้าน"))
                .isEmpty();
        assertThat(gateway.checkField(admin, form.command(), "close", "eom")).isEmpty();
        assertThat(gateway.checkField(admin, form.command(), "name", "anything at all"))
                .isEmpty();
        assertThat(gateway.checkField(admin, form.command(), "nonsense", "x")).isEmpty();
    }

    @Test
    void aButtonOnAStaleCardIsRefusedInsteadOfUndoingAChange() {
        BotReply.DealCard card = (BotReply.DealCard) run(admin, "/opp new \"Button deal\"");
        String wonButton = card.actions().stream()
                .filter(action -> action.kind() == CardAction.Kind.WON)
                .findFirst()
                .orElseThrow()
                .command();
        run(admin, "/opp edit #1 amount:2m");

        BotReply.Error error = (BotReply.Error) run(admin, wonButton);

        assertThat(error.message().key()).isEqualTo("error.deal.conflict");
    }

    @Test
    void anotherWorkspaceCannotReachTheseDeals() {
        run(admin, "/opp new \"Our secret deal\"");
        Caller stranger = new Caller(
                new Visitor(Platform.DISCORD, "G-" + UUID.randomUUID(), "Other", "X", "X", Role.ADMIN), null);

        assertThat(((BotReply.Error) run(stranger, "/opp show #1")).message().key())
                .isEqualTo("error.deal.unknown");
        assertThat(((BotReply.Error) run(stranger, "/opp show secret"))
                        .message()
                        .key())
                .isEqualTo("error.deal.unknown");
    }

    @Test
    void theDemoFillsTheWorkspaceAndReportsAnswerWithTablesAndCharts() throws Exception {
        assertThat(run(admin, "/salesbot demo")).isInstanceOf(BotReply.Text.class);
        assertThat(((BotReply.Error) run(admin, "/salesbot demo")).message().key())
                .isEqualTo("error.demo.notEmpty");

        for (String report :
                new String[] {"/pipeline", "/forecast quarter", "/forecast month by:rep", "/campaign report"}) {
            Answer answer = gateway.handle(admin, report);
            BotReply.Many many = (BotReply.Many) answer.reply();
            assertThat(many.parts()).hasSize(2);
            BotReply.Table table = (BotReply.Table) many.parts().get(0);
            assertThat(table.rows()).as(report).isNotEmpty();
            byte[] png = charts.png((BotReply.Chart) many.parts().get(1), answer.reader());
            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isPositive();
        }
        BotReply.DealList mine = (BotReply.DealList) run(caller("demo-malee", Role.REP), "/opp list");
        assertThat(mine.total()).isGreaterThan(3);
    }

    @Test
    void eachReaderGetsTheirOwnLanguageUnlessTheWorkspaceInsists() {
        run(admin, "/opp help");
        Caller thaiUser = new Caller(new Visitor(Platform.SLACK, team, "Team", "U-th", "Somchai", Role.REP), "th");
        assertThat(gateway.handle(thaiUser, "/opp help").reader().thai()).isTrue();

        run(admin, "/salesbot language en force");

        assertThat(gateway.handle(thaiUser, "/opp help").reader().thai()).isFalse();
        run(admin, "/salesbot language th");
        assertThat(gateway.handle(admin, "/opp help").reader().thai())
                .as("the workspace default")
                .isTrue();
    }

    @Test
    void helpIsGeneratedForEveryCommand() {
        BotReply.Table overview = (BotReply.Table) run(admin, "/opp help");
        assertThat(overview.rows()).hasSize(catalog.all().size());

        for (CommandSpec spec : catalog.all()) {
            assertThat(run(admin, "/opp help " + spec.name())).as(spec.name()).isInstanceOf(BotReply.Table.class);
        }
    }

    @Test
    void typedOptionsAreReadAsTheyCameWithoutBecomingALineAgain() {
        // given a deal whose name has quotes and a colon, which a line would have to escape
        deals.create(actor(admin), io.salesbot.opportunity.NewDeal.named("Acme \"ERP\" phase:2"));

        // when a platform hands over the options apart, the reason left out
        BotReply form = gateway.handle(admin, "/opp lost", Map.of("deal", "Acme \"ERP\" phase:2"))
                .reply();

        // then the deal is found by its exact name and the command's form opens
        assertThat(form).isInstanceOf(BotReply.Form.class);
        assertThat(((BotReply.Form) form).fixed()).containsEntry("deal", "#1");
        // and a command that opens no form still names what is missing
        BotReply missing = gateway.handle(admin, "/opp show", Map.of()).reply();
        assertThat(((BotReply.Error) missing).message().key()).isEqualTo("error.option.missing");
    }
}
