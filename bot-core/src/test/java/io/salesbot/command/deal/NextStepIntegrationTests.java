package io.salesbot.command.deal;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.opportunity.DealSummary;
import io.salesbot.opportunity.NextStep;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.DealCardField;
import io.salesbot.reply.DealListRowFacts;
import io.salesbot.reply.Fact;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /opp next}: one next step per open deal, on the card, the list and in the history; deals
 * without one or with one gone by are named by {@code /pipeline}. The test clock's today is 27 Nov
 * 2026 in Bangkok.
 */
class NextStepIntegrationTests extends IntegrationTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    String team;
    Caller manager;
    Caller rep;

    @BeforeEach
    void team() {
        team = "T-" + UUID.randomUUID();
        manager = caller("U-m", "Malee", Role.MANAGER);
        rep = caller("U-r", "Somchai", Role.REP);
    }

    Caller caller(String id, String name, Role role) {
        return new Caller(new Visitor(Platform.SLACK, team, "Team", id, name, role), null);
    }

    BotReply run(Caller who, String line) {
        return gateway.handle(who, line).reply();
    }

    String text(Caller who, Message message) {
        return localizer.text(message, gateway.handle(who, "/opp help").reader());
    }

    @Test
    void aNextStepIsShownOnTheCardInTheListAndKeptInTheHistory() {
        run(rep, "/opp new Acme ERP amount:100k");

        BotReply.DealCard card =
                (BotReply.DealCard) run(rep, "/opp next acme erp send the revised quote due:2026-12-01");

        assertThat(card.headline()).isEqualTo(Message.of("reply.nextStep.set", 1));
        assertThat(card.deal().nextStep())
                .isEqualTo(new NextStep("send the revised quote", LocalDate.of(2026, 12, 1), false));
        DealCardField field = DealCardField.of(card.deal()).stream()
                .filter(f -> f.label().equals(Message.of("card.nextStep")))
                .findFirst()
                .orElseThrow();
        assertThat(field.value()).isEqualTo("send the revised quote");
        assertThat(text(rep, field.note())).isEqualTo("by 1 Dec 2026");

        BotReply.DealList list = (BotReply.DealList) run(rep, "/opp list");
        DealSummary row = list.deals().get(0);
        Fact next = DealListRowFacts.of(row).facts().get(6);
        assertThat(text(rep, (Message) next.value())).isEqualTo("send the revised quote (by 1 Dec 2026)");

        BotReply.Table history = (BotReply.Table) run(rep, "/opp history #1");
        List<String> changes = history.rows().stream()
                .map(r -> localizer.format(r.get(2), ReplyLocale.of("en", java.time.ZoneOffset.UTC)))
                .toList();
        assertThat(changes).contains("next step: – → send the revised quote", "next step due: – → 1 Dec 2026");
    }

    @Test
    void aDayAlreadyPastIsAcceptedWithAWarningAndTheDealIsFlaggedInThePipeline() {
        run(rep, "/opp new Acme ERP amount:100k");
        run(rep, "/opp new Beta CRM amount:50k");
        run(rep, "/opp new Gamma HR amount:70k");
        run(rep, "/opp next #3 demo on site due:" + TODAY.plusDays(3));

        BotReply.DealCard card = (BotReply.DealCard) run(rep, "/opp next #1 call the CFO due:yesterday");

        assertThat(text(rep, card.headline()))
                .isEqualTo(
                        "Next step of #1 planned. Its day, 26 Nov 2026, has already passed, so it shows as overdue.");
        assertThat(card.deal().nextStep().overdue()).isTrue();
        List<String> footer = pipelineFooter(manager);
        assertThat(footer).contains("Next step overdue (1): #1 Acme ERP", "No next step (1): #2 Beta CRM");
    }

    @Test
    void noneClearsTheNextStep() {
        run(rep, "/opp new Acme ERP amount:100k");
        run(rep, "/opp next #1 call due:tomorrow");

        BotReply.DealCard card = (BotReply.DealCard) run(rep, "/opp next #1 none");

        assertThat(card.headline()).isEqualTo(Message.of("reply.nextStep.cleared", 1));
        assertThat(card.deal().nextStep()).isNull();
        assertThat(pipelineFooter(manager)).contains("No next step (1): #1 Acme ERP");
    }

    @Test
    void aRepPlansOnlyTheirOwnDealsAndAClosedDealHasNoNextStep() {
        run(manager, "/opp new Managers deal");
        run(rep, "/opp new Reps deal");
        run(manager, "/opp won #1");

        BotReply notOwner = run(rep, "/opp next #1 call them");
        BotReply closed = run(manager, "/opp next #1 call them");
        BotReply empty = run(rep, "/opp next #2");

        assertThat(((BotReply.Error) notOwner).message().key()).isEqualTo("error.permission.notOwner");
        assertThat(((BotReply.Error) closed).message().key()).isEqualTo("error.nextStep.closed");
        assertThat(((BotReply.Error) empty).message().key()).isEqualTo("error.option.missing");
        assertThat(((BotReply.DealCard) run(manager, "/opp next #2 review the pipeline"))
                        .deal()
                        .nextStep()
                        .text())
                .isEqualTo("review the pipeline");
    }

    @Test
    void closingADealEndsItsNextStepInItsHistoryAndReopeningBringsNoneBack() {
        run(rep, "/opp new Reps deal close:2027-01-31");
        run(rep, "/opp next #1 send the quote due:2026-12-01");

        BotReply won = run(rep, "/opp won #1");
        BotReply reopened = run(manager, "/opp reopen #1");

        assertThat(((BotReply.DealCard) won).deal().nextStep()).isNull();
        assertThat(((BotReply.DealCard) reopened).deal().nextStep()).isNull();
        assertThat(jdbc.queryForList(
                        "SELECT from_value FROM opportunity_change WHERE field = 'NEXT_STEP' AND to_value IS NULL"
                                + " AND workspace_id = (SELECT id FROM workspace WHERE external_id = ?)",
                        String.class,
                        team))
                .containsExactly("send the quote");
    }

    @Test
    void anotherWorkspacesDealIsUnknown() {
        run(rep, "/opp new Acme ERP");
        Caller stranger = new Caller(
                new Visitor(Platform.SLACK, "T-" + UUID.randomUUID(), "Other", "U-x", "Xavier", Role.ADMIN), null);

        BotReply reply = run(stranger, "/opp next #1 steal it");

        assertThat(((BotReply.Error) reply).message().key()).isEqualTo("error.deal.unknown");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM opportunity WHERE next_step IS NOT NULL AND workspace_id = "
                                + "(SELECT id FROM workspace WHERE external_id = ?)",
                        Long.class,
                        team))
                .isZero();
    }

    @Test
    void thaiReadersReadTheNextStepInThai() {
        run(caller("U-a", "Admin", Role.ADMIN), "/salesbot language th");
        run(rep, "/opp new Acme ERP");

        BotReply.DealCard card = (BotReply.DealCard) run(rep, "/opp next #1 โทรหาลูกค้า due:เมื่อวาน");

        assertThat(text(rep, card.headline()))
                .isEqualTo("กำหนดขั้นตอนถัดไปของ #1 แล้ว วันที่กำหนด 26 พ.ย. 2569 ผ่านไปแล้ว จึงแสดงว่าเลยกำหนด");
        assertThat(pipelineFooter(manager)).contains("ขั้นตอนถัดไปเลยกำหนด (1 รายการ): #1 Acme ERP");
    }

    private List<String> pipelineFooter(Caller who) {
        BotReply.Many many = (BotReply.Many) run(who, "/pipeline");
        BotReply.Table table = (BotReply.Table) many.parts().get(0);
        return table.footer().stream().map(line -> text(who, line)).toList();
    }
}
