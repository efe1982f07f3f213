package io.salesbot.opportunity;

import io.salesbot.campaign.CampaignService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Member;
import io.salesbot.workspace.Members;
import io.salesbot.workspace.WorkspaceService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns entities into the read models that leave the service, inside its transaction. */
@Component
class DealViews {

    private final Members members;
    private final Stages stages;
    private final Opportunities opportunities;
    private final CampaignService campaigns;
    private final WorkspaceService workspaces;
    private final Clock clock;

    DealViews(
            Members members,
            Stages stages,
            Opportunities opportunities,
            CampaignService campaigns,
            WorkspaceService workspaces,
            Clock clock) {
        this.members = members;
        this.stages = stages;
        this.opportunities = opportunities;
        this.campaigns = campaigns;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    DealView view(Actor actor, Opportunity deal) {
        return view(actor, deal, null);
    }

    /** The view, its next stage taken from {@code pipeline} when the caller has it (null: read it). */
    DealView view(Actor actor, Opportunity deal, List<Stage> pipeline) {
        // The pipeline is read before the deal's stage is touched: the stage is then one of the
        // stages just read, not a query of its own.
        List<Stage> pipelineNow =
                pipeline != null ? pipeline : stages.findByWorkspaceIdOrderByPosition(deal.getWorkspaceId());
        boolean closed = deal.getStage().getKind().isClosed();
        List<Stage> stagesNow = closed ? List.of() : pipelineNow;
        return new DealView(
                deal.getId(),
                deal.getNumber(),
                deal.getName(),
                deal.getCustomer(),
                deal.getVersion(),
                new DealView.Progress(
                        StageView.of(deal.getStage()),
                        StageView.of(nextStage(deal, stagesNow)),
                        deal.getProbability(),
                        deal.isProbabilityExplicit(),
                        deal.getExpectedCloseDate(),
                        deal.getLostReason(),
                        moves(deal, stagesNow),
                        deal.getForecastCategory(),
                        deal.isCategoryExplicit(),
                        deal.getSlipCount()),
                new DealView.Revenue(
                        deal.getEstimatedRevenue(),
                        deal.isAmountExplicit(),
                        deal.expectedRevenue(),
                        workspaces.enteredSettings(actor).currency()),
                owner(actor, deal.getOwnerId()),
                new DealView.Origin(
                        deal.getType().getCode(),
                        campaigns.campaignName(actor, deal.getCampaignId()),
                        deal.getLeadId() == null
                                ? null
                                : opportunities.leadNumber(deal.getLeadId()).orElse(null),
                        campaigns.sourceCode(actor, deal.getLeadSourceId())),
                deal.getDescription(),
                deal.getLines().stream().map(LineView::of).toList(),
                NextStep.of(deal, today(actor)),
                AlertSnooze.of(deal, today(actor)));
    }

    DealSummary summary(Opportunity deal, Map<Long, String> memberNames, String currency, LocalDate today) {
        return new DealSummary(
                deal.getNumber(),
                deal.getName(),
                deal.getCustomer(),
                StageView.of(deal.getStage()),
                deal.getEstimatedRevenue(),
                deal.getProbability(),
                deal.getExpectedCloseDate(),
                memberNames.getOrDefault(deal.getOwnerId(), "?"),
                currency,
                NextStep.of(deal, today));
    }

    List<DealSummary> summaries(Actor actor, List<Opportunity> deals) {
        Map<Long, String> names = memberNames(actor);
        String currency = workspaces.enteredSettings(actor).currency();
        LocalDate today = today(actor);
        return deals.stream().map(deal -> summary(deal, names, currency, today)).toList();
    }

    DealHistory history(Actor actor, Opportunity deal, List<Stage> pipeline, List<DealActivity> activities) {
        Map<Long, String> names = memberNames(actor);
        List<ChangeView> changes = deal.getHistory().stream()
                .map(change -> new ChangeView(
                        change.getField(),
                        change.getFromValue(),
                        change.getToValue(),
                        names.getOrDefault(change.getMemberId(), "?"),
                        change.getPlatform(),
                        change.getChangedAt(),
                        change.getNote()))
                .toList();
        return new DealHistory(
                deal.getNumber(),
                deal.getName(),
                changes,
                pipeline.stream().map(StageView::of).toList(),
                activities.stream()
                        .map(activity -> activity.view(deal, names.getOrDefault(activity.getMemberId(), "?")))
                        .toList());
    }

    Map<Long, String> memberNames(Actor actor) {
        return members.findByWorkspaceIdOrderByDisplayName(actor.workspaceId()).stream()
                .collect(Collectors.toMap(Member::getId, Member::getDisplayName, (a, b) -> a));
    }

    /** Today in the workspace's time zone: what a next step is late against. */
    private LocalDate today(Actor actor) {
        return LocalDate.now(clock.withZone(workspaces.enteredSettings(actor).zone()));
    }

    /** The owner as a card shows them: the actor as they came in, anyone else read in one look-up. */
    private DealView.Owner owner(Actor actor, long memberId) {
        if (actor.isNamed(memberId)) {
            return new DealView.Owner(memberId, actor.displayName(), actor.userId());
        }
        return member(actor, memberId)
                .map(member -> new DealView.Owner(memberId, member.getDisplayName(), member.getPlatformUserId()))
                .orElse(new DealView.Owner(memberId, "?"));
    }

    String memberName(Actor actor, long memberId) {
        return owner(actor, memberId).name();
    }

    /**
     * A member of the actor's workspace by id. By primary key, so a member already read in this
     * transaction (a card's owner, the one who changed it) is not read again; one of another
     * workspace is not found.
     */
    private java.util.Optional<Member> member(Actor actor, long memberId) {
        return members.findById(memberId).filter(member -> member.getWorkspaceId() == actor.workspaceId());
    }

    /** The stage after this one in the pipeline: the next open stage, or the won stage after the last. */
    private static Stage nextStage(Opportunity deal, List<Stage> pipeline) {
        return pipeline.stream()
                .filter(stage -> stage.getPosition() > deal.getStage().getPosition())
                .filter(stage -> stage.getKind() != StageKind.LOST)
                .findFirst()
                .orElse(null);
    }

    /** The open stages other than the deal's own, in pipeline order (none for a closed deal). */
    private static List<StageView> moves(Opportunity deal, List<Stage> pipeline) {
        return pipeline.stream()
                .filter(stage -> !stage.getKind().isClosed()
                        && !stage.getId().equals(deal.getStage().getId()))
                .map(StageView::of)
                .toList();
    }
}
