package io.salesbot.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.IntegrationTestBase;
import io.salesbot.common.InvalidInputException;
import io.salesbot.common.NotFoundException;
import io.salesbot.common.PermissionDeniedException;
import io.salesbot.common.RuleViolationException;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LeadServiceIntegrationTests extends IntegrationTestBase {

    @Autowired
    LeadService leads;

    @Autowired
    OpportunityService deals;

    Actor rep;

    @BeforeEach
    void workspace() {
        rep = join(newWorkspace(Role.ADMIN), "U-rep", Role.REP);
    }

    @Test
    void convertingCreatesADealThatRemembersTheLeadAndItsSource() {
        leads.create(rep, new NewLead("คุณสมชาย ERP", "บริษัท สยาม จำกัด", "somchai@siam.co.th", "event"));

        DealView deal = leads.convert(rep, "L-1", new BigDecimal("900000"), LocalDate.of(2027, 3, 31));

        assertThat(deal.name()).isEqualTo("คุณสมชาย ERP");
        assertThat(deal.customer()).isEqualTo("บริษัท สยาม จำกัด");
        assertThat(deal.origin().leadNumber()).isEqualTo(1);
        assertThat(deal.origin().leadSource()).isEqualTo("event");
        assertThat(deal.revenue().estimated()).isEqualByComparingTo("900000");
        assertThat(leads.list(rep, LeadStatus.CONVERTED))
                .singleElement()
                .satisfies(lead -> assertThat(lead.dealNumber()).isEqualTo(deal.number()));
    }

    @Test
    void aLeadConvertsOnceAndDropsOnlyWithAReason() {
        leads.create(rep, new NewLead("Acme", null, null, null));
        leads.create(rep, new NewLead("Globex", null, null, "web"));
        leads.convert(rep, "acme", null, null);

        assertThatThrownBy(() -> leads.convert(rep, "#1", null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> leads.drop(rep, "#2", " ")).isInstanceOf(InvalidInputException.class);
        assertThat(leads.drop(rep, "#2", "no budget").status()).isEqualTo(LeadStatus.DROPPED);
        assertThat(count("opportunity", rep)).isEqualTo(1);
    }

    @Test
    void anotherRepCannotConvertMyLeadAndAnotherWorkspaceCannotSeeIt() {
        leads.create(rep, new NewLead("Mine", null, null, null));
        Actor colleague = join(rep, "U-colleague", Role.REP);
        Actor stranger = newWorkspace(Role.ADMIN);

        assertThatThrownBy(() -> leads.convert(colleague, "#1", null, null))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> leads.convert(stranger, "#1", null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> leads.create(rep, new NewLead("Bad source", null, null, "carrier pigeon")))
                .isInstanceOf(NotFoundException.class);
    }
}
