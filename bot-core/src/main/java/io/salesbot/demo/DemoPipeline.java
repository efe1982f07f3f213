package io.salesbot.demo;

import io.salesbot.campaign.CampaignService;
import io.salesbot.catalog.CatalogService;
import io.salesbot.common.RuleViolationException;
import io.salesbot.lead.LeadService;
import io.salesbot.lead.NewLead;
import io.salesbot.opportunity.Backdated;
import io.salesbot.opportunity.BulkChanges;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.ForecastCategory;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.NewLine;
import io.salesbot.opportunity.Opportunities;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.opportunity.PipelineSetupService;
import io.salesbot.task.NewTask;
import io.salesbot.task.TaskService;
import io.salesbot.values.Due;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty workspace with a sample team's pipeline: three reps, a catalogue, campaigns,
 * leads, and deals in every stage with products and history spread over the past months, so a
 * newcomer sees pipeline, forecast and charts at once. Everything goes through the real services,
 * each change made as if at the moment it is meant to have happened ({@link Backdated}), so the
 * history the demo leaves replays to the deals it shows, as any other history does.
 */
@Service
public class DemoPipeline {

    private final WorkspaceService workspaces;
    private final PipelineSetupService pipeline;
    private final CatalogService catalog;
    private final CampaignService campaigns;
    private final LeadService leads;
    private final OpportunityService deals;
    private final Opportunities opportunities;
    private final Clock clock;
    private final TaskService tasks;

    DemoPipeline(
            WorkspaceService workspaces,
            PipelineSetupService pipeline,
            CatalogService catalog,
            CampaignService campaigns,
            LeadService leads,
            OpportunityService deals,
            Opportunities opportunities,
            Clock clock,
            TaskService tasks) {
        this.workspaces = workspaces;
        this.pipeline = pipeline;
        this.catalog = catalog;
        this.campaigns = campaigns;
        this.leads = leads;
        this.deals = deals;
        this.opportunities = opportunities;
        this.clock = clock;
        this.tasks = tasks;
    }

    /** Fills the workspace and returns how many deals it made. Admins only; empty workspaces only. */
    @Transactional
    public int fill(Actor admin) {
        return BulkChanges.quietly(() -> populate(admin));
    }

    private int populate(Actor admin) {
        admin.require(Role.ADMIN);
        if (opportunities.countByWorkspaceId(admin.workspaceId()) > 0) {
            throw new RuleViolationException("error.demo.notEmpty");
        }
        Map<String, Actor> reps = Map.of(
                "somchai", rep(admin, "demo-somchai", "Somchai"),
                "malee", rep(admin, "demo-malee", "Malee"),
                "niran", rep(admin, "demo-niran", "Niran"));
        pipeline.addStage(admin, "Quoted", "เสนอราคา", 60, "in progress");
        // As a real team would set them, so the demo's forecast has a Commit and a Best case:
        // work in progress is the best case, a quote out is what reps commit to.
        pipeline.changeForecastCategory(admin, "In progress", ForecastCategory.BEST_CASE);
        pipeline.changeForecastCategory(admin, "Quoted", ForecastCategory.COMMIT);
        DemoData.PRODUCTS.forEach((name, price) -> catalog.save(admin, name, price, DemoData.ADD_ONS.contains(name)));
        ZoneId zone = workspaces.settings(admin).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        campaigns.create(
                admin, "Expo 2026", today.minusMonths(3), today.minusMonths(3).plusDays(3), new BigDecimal("250000"));
        campaigns.create(admin, "Webinar ERP", today.minusMonths(2), today.minusMonths(2), new BigDecimal("30000"));
        campaigns.create(admin, "LINE OA ads", today.minusMonths(4), today.plusMonths(2), new BigDecimal("80000"));
        for (NewLead lead : DemoData.LEADS) {
            leads.create(reps.get("malee"), lead);
        }
        leads.convert(reps.get("malee"), "L-1", new BigDecimal("480000"), today.plusMonths(2));
        for (DemoDeal deal : DemoData.DEALS) {
            create(reps.get(deal.owner()), deal, today, zone);
        }
        // A rep's day has tasks: one due this afternoon, one tomorrow, so /task list shows both
        // kinds and the help's examples (/task done T-1, /task snooze T-1 1d) work on the demo.
        tasks.create(
                reps.get("somchai"),
                new NewTask(
                        "Call the customer about the quote",
                        "#6",
                        new Due(today, java.time.LocalTime.of(15, 0)),
                        null));
        tasks.create(
                reps.get("somchai"), new NewTask("Send the revised proposal", "#6", Due.on(today.plusDays(1)), null));
        return DemoData.DEALS.size() + 1;
    }

    private Actor rep(Actor admin, String id, String name) {
        workspaces.addMember(admin, id, name, Role.REP);
        Actor rep = new Actor(admin.workspaceId(), workspaces.member(admin, id).id(), Role.REP, admin.platform());
        // a sample person reads no DMs: no morning "my day" for them
        workspaces.myDayAt(rep, null);
        return rep;
    }

    /**
     * One sample deal's life: created {@code createdDaysAgo} days ago with its products, then
     * closed on its close date (at three in the afternoon) or moved to its stage a few days ago.
     */
    private void create(Actor owner, DemoDeal spec, LocalDate today, ZoneId zone) {
        Instant now = clock.instant();
        Instant created = now.minus(Duration.ofDays(spec.createdDaysAgo()));
        LocalDate closeDate = today.plusDays(spec.closeInDays());
        DealView deal = Backdated.at(
                created,
                () -> deals.create(
                        owner,
                        new NewDeal(
                                spec.name(),
                                spec.customer(),
                                null,
                                null,
                                closeDate,
                                null,
                                spec.type(),
                                spec.campaign(),
                                spec.source(),
                                null,
                                null,
                                null)));
        String ref = "#" + deal.number();
        Backdated.at(
                created.plus(Duration.ofHours(1)),
                () -> deals.addLine(
                        owner,
                        ref,
                        new NewLine(spec.product(), BigDecimal.valueOf(spec.quantity()), null, null, null, null)));
        if (spec.product().startsWith("ERP")) {
            Backdated.at(
                    created.plus(Duration.ofHours(2)),
                    () -> deals.addLine(owner, ref, NewLine.of("Implementation service", BigDecimal.ONE, null)));
        }
        String outcome = spec.outcome();
        Instant closing = closeDate.atTime(15, 0).atZone(zone).toInstant();
        Instant lastStep = now.minus(Duration.ofDays(Math.min(spec.createdDaysAgo(), 3)));
        Instant moved =
                lastStep.isAfter(created.plus(Duration.ofHours(3))) ? lastStep : created.plus(Duration.ofHours(3));
        if (outcome.equals("won")) {
            Backdated.at(closing, () -> deals.win(owner, ref, "PO received", null));
        } else if (outcome.startsWith("lost:")) {
            Backdated.at(closing, () -> deals.lose(owner, ref, outcome.substring(5), null));
        } else if (!outcome.equalsIgnoreCase("wait")) {
            Backdated.at(moved, () -> deals.moveStage(owner, ref, outcome, null, null));
        }
    }
}
