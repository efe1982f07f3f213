package io.salesbot.command;

import io.salesbot.campaign.CampaignService;
import io.salesbot.campaign.CampaignView;
import io.salesbot.catalog.CatalogService;
import io.salesbot.catalog.ProductView;
import io.salesbot.lead.LeadService;
import io.salesbot.lead.LeadStatus;
import io.salesbot.opportunity.DealFilter;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.opportunity.PipelineSetupService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.WorkspaceService;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * What to offer while someone types an option (Discord autocomplete, a Slack external select):
 * things of the caller's own workspace whose label contains what was typed, in the order people
 * look for them (deals most recently active first, stages in pipeline order). Platform limits
 * (how many choices, how long) are the adapter's to apply.
 */
@Service
public class Suggestions {

    private static final int DEALS_SCANNED = 100;

    private final WorkspaceService workspaces;
    private final OpportunityService deals;
    private final LeadService leads;
    private final PipelineSetupService pipeline;
    private final CampaignService campaigns;
    private final CatalogService catalog;

    Suggestions(
            WorkspaceService workspaces,
            OpportunityService deals,
            LeadService leads,
            PipelineSetupService pipeline,
            CampaignService campaigns,
            CatalogService catalog) {
        this.workspaces = workspaces;
        this.deals = deals;
        this.leads = leads;
        this.pipeline = pipeline;
        this.campaigns = campaigns;
        this.catalog = catalog;
    }

    /**
     * Choices for an option of {@code type}; none for types that name nothing of the workspace.
     *
     * @param typed what is typed so far; a leading {@code #} is ignored
     * @param language the reader's language, for names that have a Thai form (stages)
     */
    public List<Suggestion> suggest(Caller caller, OptionType type, String typed, String language) {
        String needle =
                typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
        return all(workspaces.enter(caller.visitor()), type, language)
                .filter(c ->
                        needle.isEmpty() || c.label().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }

    private Stream<Suggestion> all(Actor actor, OptionType type, String language) {
        return switch (type) {
            case DEAL ->
                deals.list(actor, DealFilter.all(), 1, DEALS_SCANNED).deals().stream()
                        .map(d -> new Suggestion("#" + d.number() + " " + d.name(), "#" + d.number()));
            case LEAD ->
                leads.list(actor, LeadStatus.OPEN).stream()
                        .map(l -> new Suggestion("L-" + l.number() + " " + l.name(), "L-" + l.number()));
            case STAGE -> pipeline.stages(actor).stream().map(s -> new Suggestion(s.displayName(language), s.name()));
            case TYPE -> pipeline.types(actor).stream().map(Suggestions::same);
            case CAMPAIGN ->
                campaigns.list(actor).stream().map(CampaignView::name).map(Suggestions::same);
            case SOURCE -> campaigns.sources(actor).stream().map(Suggestions::same);
            case PRODUCT -> catalog.list(actor).stream().map(ProductView::name).map(Suggestions::same);
            default -> Stream.empty();
        };
    }

    private static Suggestion same(String name) {
        return new Suggestion(name, name);
    }
}
