package io.salesbot.opportunity;

import io.salesbot.campaign.CampaignService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.MemberView;
import io.salesbot.workspace.WorkspaceService;
import org.springframework.stereotype.Component;

/**
 * Resolves the names people give (campaign, lead source, owner) to ids within their workspace; in
 * a {@link DealBatch}, once per name.
 */
@Component
class DealReferences {

    private final CampaignService campaigns;
    private final WorkspaceService workspaces;

    DealReferences(CampaignService campaigns, WorkspaceService workspaces) {
        this.campaigns = campaigns;
        this.workspaces = workspaces;
    }

    /** The campaign's id; null for no campaign (an empty name clears it). */
    Long campaignId(Actor actor, String name) {
        return campaignId(actor, name, DealBatch.none());
    }

    Long campaignId(Actor actor, String name, DealBatch batch) {
        return name == null || name.isBlank()
                ? null
                : batch.remembered(
                        "campaign", name, () -> campaigns.find(actor, name).id());
    }

    Long sourceId(Actor actor, String name) {
        return sourceId(actor, name, DealBatch.none());
    }

    Long sourceId(Actor actor, String name, DealBatch batch) {
        return name == null || name.isBlank()
                ? null
                : batch.remembered("source", name, () -> campaigns.sourceId(actor, name));
    }

    /** A member by platform user id or display name, with or without a leading {@code @}. */
    MemberView member(Actor actor, String userIdOrName) {
        return member(actor, userIdOrName, DealBatch.none());
    }

    MemberView member(Actor actor, String userIdOrName, DealBatch batch) {
        return batch.remembered("member", userIdOrName, () -> workspaces.member(actor, userIdOrName));
    }
}
