package io.salesbot.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Each workspace's catalogue. */
public interface Products extends JpaRepository<Product, Long> {

    List<Product> findByWorkspaceIdAndActiveTrueOrderByName(long workspaceId);

    Optional<Product> findByWorkspaceIdAndName(long workspaceId, String name);
}
