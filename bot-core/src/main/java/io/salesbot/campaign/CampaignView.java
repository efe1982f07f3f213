package io.salesbot.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A campaign as shown to people. */
public record CampaignView(long id, String name, LocalDate startsOn, LocalDate endsOn, BigDecimal cost) {

    static CampaignView of(Campaign campaign) {
        return new CampaignView(
                campaign.getId(), campaign.getName(), campaign.getStartsOn(), campaign.getEndsOn(), campaign.getCost());
    }
}
