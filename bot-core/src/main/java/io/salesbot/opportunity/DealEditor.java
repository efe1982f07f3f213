package io.salesbot.opportunity;

import io.salesbot.campaign.CampaignService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.MemberView;
import org.springframework.stereotype.Component;

/** Applies a {@link DealEdit} field by field through the deal's own methods, which record history. */
@Component
class DealEditor {

    private final PipelineSetupService pipeline;
    private final CampaignService campaigns;
    private final DealReferences references;
    private final DealViews views;

    DealEditor(PipelineSetupService pipeline, CampaignService campaigns, DealReferences references, DealViews views) {
        this.pipeline = pipeline;
        this.campaigns = campaigns;
        this.references = references;
        this.views = views;
    }

    void apply(Actor actor, Opportunity deal, DealEdit edit, ChangeContext by) {
        // History lists the changes of one edit in this order, as it always has: type before the numbers.
        details(deal, edit.details(), by);
        type(actor, deal, edit.origin(), by);
        forecast(deal, edit.forecast(), by);
        campaignAndSource(actor, deal, edit.origin(), by);
        owner(actor, deal, edit.owner(), by);
    }

    private static void details(Opportunity deal, DealEdit.Details edit, ChangeContext by) {
        if (edit.name() != null) {
            deal.rename(edit.name(), by);
        }
        if (edit.customer() != null) {
            deal.changeCustomer(edit.customer(), by);
        }
        if (edit.description() != null) {
            deal.changeDescription(edit.description(), by);
        }
    }

    private static void forecast(Opportunity deal, DealEdit.Forecast edit, ChangeContext by) {
        if (edit.amount() != null || edit.amountFromLines()) {
            deal.changeAmount(edit.amountFromLines() ? null : edit.amount(), by);
        }
        if (edit.probability() != null || edit.probabilityFromStage()) {
            deal.changeProbability(edit.probabilityFromStage() ? null : edit.probability(), by);
        }
        if (edit.closeDate() != null) {
            deal.changeCloseDate(edit.closeDate(), by);
        }
        if (edit.category() != null || edit.categoryFromStage()) {
            deal.changeCategory(edit.categoryFromStage() ? null : edit.category(), by);
        }
    }

    private void type(Actor actor, Opportunity deal, DealEdit.Origin edit, ChangeContext by) {
        if (edit.type() != null) {
            deal.changeType(pipeline.type(actor.workspaceId(), edit.type()), by);
        }
    }

    private void campaignAndSource(Actor actor, Opportunity deal, DealEdit.Origin edit, ChangeContext by) {
        if (edit.campaign() != null) {
            Long campaignId = references.campaignId(actor, edit.campaign());
            deal.changeCampaign(
                    campaignId,
                    campaigns.campaignName(actor, deal.getCampaignId()),
                    campaigns.campaignName(actor, campaignId),
                    by);
        }
        if (edit.source() != null) {
            Long sourceId = references.sourceId(actor, edit.source());
            deal.changeLeadSource(
                    sourceId,
                    campaigns.sourceCode(actor, deal.getLeadSourceId()),
                    campaigns.sourceCode(actor, sourceId),
                    by);
        }
    }

    private void owner(Actor actor, Opportunity deal, String owner, ChangeContext by) {
        if (owner != null) {
            MemberView newOwner = references.member(actor, owner);
            if (newOwner.id() != deal.getOwnerId()) {
                actor.requireMayAssignTo(newOwner.id());
                String from = views.memberName(actor, deal.getOwnerId());
                deal.changeOwner(newOwner.id(), from, newOwner.displayName(), by);
            }
        }
    }
}
