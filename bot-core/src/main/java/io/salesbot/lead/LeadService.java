package io.salesbot.lead;

import io.salesbot.campaign.CampaignService;
import io.salesbot.common.InvalidInputException;
import io.salesbot.common.NotFoundException;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Member;
import io.salesbot.workspace.Members;
import io.salesbot.workspace.Workspaces;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Leads: taking them in, and turning them into deals or dropping them. */
@Service
public class LeadService {

    private static final Pattern NUMBER =
            Pattern.compile("^(?:#|l-?|lead-?)?\\s*(\\d{1,9})$", Pattern.CASE_INSENSITIVE);
    private static final int LIST_SIZE = 20;

    private final Leads leads;
    private final Workspaces counters;
    private final Members members;
    private final CampaignService campaigns;
    private final OpportunityService opportunities;
    private final Clock clock;

    LeadService(
            Leads leads,
            Workspaces counters,
            Members members,
            CampaignService campaigns,
            OpportunityService opportunities,
            Clock clock) {
        this.leads = leads;
        this.counters = counters;
        this.members = members;
        this.campaigns = campaigns;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    @Transactional
    public LeadView create(Actor actor, NewLead lead) {
        Long sourceId =
                lead.source() == null || lead.source().isBlank() ? null : campaigns.sourceId(actor, lead.source());
        counters.incrementLeadNumber(actor.workspaceId());
        int number = counters.lastLeadNumber(actor.workspaceId());
        Lead created = leads.saveAndFlush(new Lead(
                actor.workspaceId(),
                number,
                lead.name(),
                lead.company(),
                lead.contact(),
                sourceId,
                actor.memberId(),
                clock.instant()));
        return view(actor, created, memberNames(actor));
    }

    @Transactional(readOnly = true)
    public List<LeadView> list(Actor actor, LeadStatus status) {
        PageRequest page = PageRequest.of(0, LIST_SIZE);
        List<Lead> found = status == null
                ? leads.findByWorkspaceIdOrderByNumberDesc(actor.workspaceId(), page)
                : leads.findByWorkspaceIdAndStatusOrderByNumberDesc(actor.workspaceId(), status, page);
        Map<Long, String> names = memberNames(actor);
        return found.stream().map(lead -> view(actor, lead, names)).toList();
    }

    /**
     * Turns an open lead into a deal that remembers the lead and its source. The deal is named
     * after the lead and the company becomes the customer; the lead's owner (or a manager) may do it.
     */
    @Transactional
    public DealView convert(Actor actor, String ref, BigDecimal amount, LocalDate closeDate) {
        Lead lead = find(actor, ref);
        actor.requireOwnerOrManager(lead.getOwnerId());
        lead.requireOpen();
        NewDeal deal = new NewDeal(
                lead.getName(),
                lead.getCompany(),
                amount,
                null,
                closeDate,
                null,
                null,
                null,
                campaigns.sourceCode(actor, lead.getLeadSourceId()),
                null,
                null,
                null);
        DealView created = opportunities.createFromLead(actor, deal, lead.getId());
        lead.convertedInto(created.id());
        leads.saveAndFlush(lead);
        return created;
    }

    @Transactional
    public LeadView drop(Actor actor, String ref, String reason) {
        Lead lead = find(actor, ref);
        actor.requireOwnerOrManager(lead.getOwnerId());
        lead.drop(reason);
        return view(actor, leads.saveAndFlush(lead), memberNames(actor));
    }

    private Lead find(Actor actor, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("ref", "error.ref.missing");
        }
        Matcher number = NUMBER.matcher(text);
        if (number.matches()) {
            return leads.findByWorkspaceIdAndNumber(actor.workspaceId(), Integer.parseInt(number.group(1)))
                    .orElseThrow(() -> new NotFoundException("error.lead.unknown", text));
        }
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        List<Lead> matches = leads.findByNameContaining(actor.workspaceId(), escaped, PageRequest.of(0, 6));
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new NotFoundException("error.lead.unknown", text);
        }
        String candidates = matches.stream()
                .limit(5)
                .map(lead -> "L-" + lead.getNumber() + " " + lead.getName())
                .collect(Collectors.joining(", "));
        throw new InvalidInputException("ref", "error.lead.ambiguous", text, candidates);
    }

    private LeadView view(Actor actor, Lead lead, Map<Long, String> names) {
        Integer dealNumber =
                lead.getOpportunityId() == null ? null : opportunities.numberOf(actor, lead.getOpportunityId());
        return new LeadView(
                lead.getNumber(),
                lead.getName(),
                lead.getCompany(),
                lead.getContact(),
                campaigns.sourceCode(actor, lead.getLeadSourceId()),
                lead.getStatus(),
                lead.getDropReason(),
                names.getOrDefault(lead.getOwnerId(), "?"),
                dealNumber);
    }

    private Map<Long, String> memberNames(Actor actor) {
        return members.findByWorkspaceIdOrderByDisplayName(actor.workspaceId()).stream()
                .collect(Collectors.toMap(Member::getId, Member::getDisplayName, (a, b) -> a));
    }
}
