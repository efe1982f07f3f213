package io.salesbot.opportunity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Each workspace's list of deal types. */
public interface DealTypes extends JpaRepository<DealType, Long> {

    List<DealType> findByWorkspaceIdOrderByCode(long workspaceId);

    Optional<DealType> findByWorkspaceIdAndCode(long workspaceId, String code);
}
