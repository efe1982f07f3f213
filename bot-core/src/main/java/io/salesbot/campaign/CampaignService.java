package io.salesbot.campaign;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.Nearest;
import io.salesbot.common.NotFoundException;
import io.salesbot.common.TextRules;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceCreated;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns and lead sources: set up by admins, chosen by reps on their deals and leads. */
@Service
public class CampaignService {

    static final List<String> DEFAULT_SOURCES = List.of("referral", "web", "event", "cold_call", "social");

    private final Campaigns campaigns;
    private final LeadSources sources;
    private final Clock clock;
    private final CodeNames names;

    CampaignService(Campaigns campaigns, LeadSources sources, Clock clock, CodeNames names) {
        this.names = names;
        this.campaigns = campaigns;
        this.sources = sources;
        this.clock = clock;
    }

    @EventListener
    void onWorkspaceCreated(WorkspaceCreated created) {
        DEFAULT_SOURCES.forEach(code -> sources.save(new LeadSource(created.workspaceId(), code)));
    }

    /** Managers and admins run campaigns; reps only credit deals to them. */
    @Transactional
    public CampaignView create(Actor actor, String name, LocalDate startsOn, LocalDate endsOn, BigDecimal cost) {
        actor.require(Role.MANAGER);
        String checked = TextRules.required("name", name, 200);
        if (campaigns.findByWorkspaceIdAndName(actor.workspaceId(), checked).isPresent()) {
            throw new InvalidInputException("name", "error.campaign.exists", checked);
        }
        return CampaignView.of(
                campaigns.save(new Campaign(actor.workspaceId(), checked, startsOn, endsOn, cost, clock.instant())));
    }

    @Transactional(readOnly = true)
    public List<CampaignView> list(Actor actor) {
        return campaigns.findByWorkspaceIdOrderByName(actor.workspaceId()).stream()
                .map(CampaignView::of)
                .toList();
    }

    /** Finds a campaign of the actor's workspace by its exact name (any case). */
    @Transactional(readOnly = true)
    public CampaignView find(Actor actor, String name) {
        return campaigns
                .findByWorkspaceIdAndName(actor.workspaceId(), name == null ? "" : name.strip())
                .map(CampaignView::of)
                .orElseThrow(() -> new NotFoundException("error.campaign.unknown", name)
                        .withNearest(Nearest.to(
                                name,
                                campaigns.findByWorkspaceIdOrderByName(actor.workspaceId()).stream()
                                        .map(Campaign::getName)
                                        .toList())));
    }

    @Transactional(readOnly = true)
    public List<String> sources(Actor actor) {
        return sources.findByWorkspaceIdOrderByCode(actor.workspaceId()).stream()
                .map(LeadSource::getCode)
                .toList();
    }

    @Transactional
    public String addSource(Actor actor, String name) {
        actor.require(Role.ADMIN);
        String code = Codes.of("source", name);
        if (sources.findByWorkspaceIdAndCode(actor.workspaceId(), code).isPresent()) {
            throw new InvalidInputException("source", "error.source.exists", code);
        }
        return sources.save(new LeadSource(actor.workspaceId(), code)).getCode();
    }

    /** The id of a lead source given by name or code, within the actor's workspace. */
    @Transactional(readOnly = true)
    public long sourceId(Actor actor, String name) {
        List<String> codes = sources(actor);
        String code = names.find("source", name, codes)
                .orElseThrow(() -> new NotFoundException("error.source.unknown", name, String.join(", ", codes))
                        .withNearest(Nearest.to(name, codes)));
        return sources.findByWorkspaceIdAndCode(actor.workspaceId(), code)
                .map(LeadSource::getId)
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public String sourceCode(Actor actor, Long id) {
        return id == null
                ? null
                : sources.findByWorkspaceIdAndId(actor.workspaceId(), id)
                        .map(LeadSource::getCode)
                        .orElse(null);
    }

    @Transactional(readOnly = true)
    public String campaignName(Actor actor, Long id) {
        return id == null
                ? null
                : campaigns
                        .findByWorkspaceIdAndId(actor.workspaceId(), id)
                        .map(Campaign::getName)
                        .orElse(null);
    }
}
