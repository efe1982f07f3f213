package io.salesbot.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.IntegrationTestBase;
import io.salesbot.common.InvalidInputException;
import io.salesbot.common.PermissionDeniedException;
import io.salesbot.common.RuleViolationException;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PipelineSetupServiceIntegrationTests extends IntegrationTestBase {

    @Autowired
    PipelineSetupService setup;

    @Autowired
    OpportunityService deals;

    Actor admin;

    @BeforeEach
    void workspace() {
        admin = newWorkspace(Role.ADMIN);
    }

    @Test
    void startsWithTheSourcesPipelineAndTypes() {
        assertThat(setup.stages(admin))
                .extracting(StageView::name, StageView::thaiName, StageView::kind, StageView::defaultProbability)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Wait", "รอดำเนินการ", StageKind.OPEN, 10),
                        org.assertj.core.groups.Tuple.tuple("In progress", "ระหว่างดำเนินการ", StageKind.OPEN, 50),
                        org.assertj.core.groups.Tuple.tuple("Closed Won", "ปิดการขายได้", StageKind.WON, 100),
                        org.assertj.core.groups.Tuple.tuple("Closed Lost", "ปิดการขายไม่ได้", StageKind.LOST, 0));
        assertThat(setup.types(admin)).containsExactly("existing_customer", "new_customer");
    }

    @Test
    void addsRenamesAndReordersOpenStagesBeforeTheClosedOnes() {
        setup.addStage(admin, "Quoted", "เสนอราคา", 60, null);
        setup.addStage(admin, "Negotiation", null, 75, "quoted");
        setup.renameStage(admin, "negotiation", "Negotiating", "ต่อรอง");

        assertThat(setup.moveStage(admin, "quoted", 1))
                .extracting(StageView::name, StageView::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Quoted", 1),
                        org.assertj.core.groups.Tuple.tuple("Wait", 2),
                        org.assertj.core.groups.Tuple.tuple("In progress", 3),
                        org.assertj.core.groups.Tuple.tuple("Negotiating", 4),
                        org.assertj.core.groups.Tuple.tuple("Closed Won", 5),
                        org.assertj.core.groups.Tuple.tuple("Closed Lost", 6));
        assertThatThrownBy(() -> setup.moveStage(admin, "won", 1)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> setup.addStage(admin, "WAIT", null, 5, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void dealsFollowANewDefaultProbabilityUnlessTheyHaveTheirOwn() {
        deals.create(admin, NewDeal.named("Follows"));
        deals.create(admin, new NewDeal("Own", null, null, 25, null, null, null, null, null, null, null, null));

        setup.changeDefaultProbability(admin, "wait", 20);

        assertThat(deals.show(admin, "#1").progress().probability()).isEqualTo(20);
        assertThat(deals.show(admin, "#2").progress().probability()).isEqualTo(25);
        assertThat(deals.history(admin, "#1").changes())
                .extracting(ChangeView::field)
                .contains(ChangeField.PROBABILITY);
    }

    @Test
    void onlyAdminsShapeThePipeline() {
        Actor manager = join(admin, "U-manager", Role.MANAGER);

        assertThatThrownBy(() -> setup.addStage(manager, "Quoted", null, 60, null))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> setup.addType(manager, "Renewal")).isInstanceOf(PermissionDeniedException.class);
        assertThat(setup.addType(admin, "Renewal")).isEqualTo("renewal");
    }
}
