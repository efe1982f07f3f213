package io.salesbot.discord.interaction;

import io.salesbot.campaign.CampaignService;
import io.salesbot.campaign.CampaignView;
import io.salesbot.catalog.CatalogService;
import io.salesbot.catalog.ProductView;
import io.salesbot.command.OptionType;
import io.salesbot.discord.DiscordEnabled;
import io.salesbot.discord.command.Limits;
import io.salesbot.lead.LeadService;
import io.salesbot.lead.LeadStatus;
import io.salesbot.opportunity.DealFilter;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.opportunity.PipelineSetupService;
import io.salesbot.workspace.Actor;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Autocomplete choices from the caller's own workspace only: deals (most recently active first),
 * leads, stages, types, campaigns, products and lead sources whose name contains what was typed.
 * Discord shows at most 25 choices of at most 100 characters.
 */
@Component
@Conditional(DiscordEnabled.class)
class Suggestions {

    static final int MAX_CHOICES = 25;
    private static final int DEALS_SCANNED = 100;
    private static final int MAX_TEXT = 100;

    private final OpportunityService deals;
    private final LeadService leads;
    private final PipelineSetupService pipeline;
    private final CampaignService campaigns;
    private final CatalogService catalog;

    Suggestions(
            OpportunityService deals,
            LeadService leads,
            PipelineSetupService pipeline,
            CampaignService campaigns,
            CatalogService catalog) {
        this.deals = deals;
        this.leads = leads;
        this.pipeline = pipeline;
        this.campaigns = campaigns;
        this.catalog = catalog;
    }

    List<Command.Choice> suggest(Actor actor, OptionType type, String typed, String language) {
        String needle =
                typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
        Stream<Command.Choice> choices = switch (type) {
            case DEAL ->
                deals.list(actor, DealFilter.all(), 1, DEALS_SCANNED).deals().stream()
                        .map(d -> choice("#" + d.number() + " " + d.name(), "#" + d.number()));
            case LEAD ->
                leads.list(actor, LeadStatus.OPEN).stream()
                        .map(l -> choice("#" + l.number() + " " + l.name(), "#" + l.number()));
            case STAGE -> pipeline.stages(actor).stream().map(s -> choice(s.displayName(language), s.name()));
            case TYPE -> pipeline.types(actor).stream().map(t -> choice(t, t));
            case CAMPAIGN ->
                campaigns.list(actor).stream().map(CampaignView::name).map(c -> choice(c, c));
            case SOURCE -> campaigns.sources(actor).stream().map(s -> choice(s, s));
            case PRODUCT -> catalog.list(actor).stream().map(ProductView::name).map(p -> choice(p, p));
            default -> Stream.empty();
        };
        return choices.filter(java.util.Objects::nonNull)
                .filter(c ->
                        needle.isEmpty() || c.getName().toLowerCase(Locale.ROOT).contains(needle))
                .limit(MAX_CHOICES)
                .toList();
    }

    /**
     * A choice, its name cut to fit; null when the value does not fit, since a cut value would name
     * nothing (a product of 150 characters is typed in full instead).
     */
    static Command.Choice choice(String name, String value) {
        return value.length() > MAX_TEXT ? null : new Command.Choice(Limits.cut(name, MAX_TEXT), value);
    }
}
