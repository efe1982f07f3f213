package io.salesbot.workspace;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Members of workspaces; always looked up within one workspace. */
public interface Members extends JpaRepository<Member, Long> {

    Optional<Member> findByWorkspaceIdAndPlatformUserId(long workspaceId, String platformUserId);

    Optional<Member> findByWorkspaceIdAndId(long workspaceId, long id);

    List<Member> findByWorkspaceIdOrderByDisplayName(long workspaceId);

    long countByWorkspaceIdAndRole(long workspaceId, Role role);
}
