package io.salesbot.command;

import io.salesbot.workspace.Platform;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Who opened their home tab lately (a platform's page of {@code /salesbot home}, Slack's App Home),
 * in the database so that every instance knows: the instance that handles a change to a deal is
 * seldom the one that received its owner's opening of the tab. Part of the command API, since only
 * a platform sees a tab open.
 */
@Service
public class HomeTabVisits {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    HomeTabVisits(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The member opened their tab now; nothing is kept for a workspace that is not known yet. */
    public void opened(Platform platform, String workspaceExternalId, String userId) {
        jdbc.update(
                """
                INSERT INTO home_tab_visit (workspace_id, user_id, opened_at)
                SELECT w.id, :user, :now FROM workspace w
                WHERE w.platform = :platform AND w.external_id = :workspace
                ON DUPLICATE KEY UPDATE opened_at = VALUES(opened_at)
                """,
                Map.of(
                        "user",
                        userId,
                        "now",
                        Timestamp.from(clock.instant()),
                        "platform",
                        platform.name(),
                        "workspace",
                        workspaceExternalId));
    }

    /** Those of {@code userIds} who opened their tab within {@code recent}, in the order given. */
    public Set<String> openedWithin(
            Platform platform, String workspaceExternalId, Collection<String> userIds, Duration recent) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        Set<String> recentOnes = Set.copyOf(jdbc.queryForList(
                """
                SELECT v.user_id FROM home_tab_visit v
                JOIN workspace w ON w.id = v.workspace_id
                WHERE w.platform = :platform AND w.external_id = :workspace
                  AND v.user_id IN (:users) AND v.opened_at >= :since
                """,
                Map.of(
                        "platform",
                        platform.name(),
                        "workspace",
                        workspaceExternalId,
                        "users",
                        userIds,
                        "since",
                        Timestamp.from(clock.instant().minus(recent))),
                String.class));
        Set<String> inOrder = new LinkedHashSet<>(userIds);
        inOrder.retainAll(recentOnes);
        return inOrder;
    }
}
