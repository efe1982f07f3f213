package io.salesbot.opportunity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Activities of deals, always read for one deal of one workspace. */
interface DealActivities extends JpaRepository<DealActivity, Long> {

    List<DealActivity> findByWorkspaceIdAndOpportunityIdOrderByHappenedAtAscIdAsc(long workspaceId, long opportunityId);
}
