package io.salesbot.opportunity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stages of each workspace's pipeline. */
public interface Stages extends JpaRepository<Stage, Long> {

    List<Stage> findByWorkspaceIdOrderByPosition(long workspaceId);

    Optional<Stage> findByWorkspaceIdAndId(long workspaceId, long id);
}
