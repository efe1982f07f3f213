package io.salesbot.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Each workspace's campaigns. Names compare case-insensitively (the column's collation). */
public interface Campaigns extends JpaRepository<Campaign, Long> {

    List<Campaign> findByWorkspaceIdOrderByName(long workspaceId);

    Optional<Campaign> findByWorkspaceIdAndName(long workspaceId, String name);

    Optional<Campaign> findByWorkspaceIdAndId(long workspaceId, long id);
}
