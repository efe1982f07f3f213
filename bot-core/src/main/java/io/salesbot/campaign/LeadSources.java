package io.salesbot.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Each workspace's lead sources. */
public interface LeadSources extends JpaRepository<LeadSource, Long> {

    List<LeadSource> findByWorkspaceIdOrderByCode(long workspaceId);

    Optional<LeadSource> findByWorkspaceIdAndCode(long workspaceId, String code);

    Optional<LeadSource> findByWorkspaceIdAndId(long workspaceId, long id);
}
