package io.salesbot;

import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import io.salesbot.workspace.WorkspaceService;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs bot-core against this run's MariaDB test database. Each test works in workspaces of its
 * own (fresh external ids), so tests never see each other's data and need no clean-up.
 */
@SpringBootTest(classes = TestApplication.class)
public abstract class IntegrationTestBase {

    @Autowired
    protected WorkspaceService workspaces;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TestClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", MariaDbTestDatabase::url);
        registry.add("spring.datasource.username", () -> MariaDbTestDatabase.USER);
        registry.add("spring.datasource.password", () -> MariaDbTestDatabase.PASSWORD);
    }

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    /** A new workspace with a member of the given role; more members join with {@link #join}. */
    protected Actor newWorkspace(Role role) {
        return workspaces.enter(
                new Visitor(Platform.CONSOLE, "ws-" + UUID.randomUUID(), "Test team", "founder", "Founder", role));
    }

    protected Actor join(Actor inWorkspace, String userId, Role role) {
        String externalId = jdbc.queryForObject(
                "SELECT external_id FROM workspace WHERE id = ?", String.class, inWorkspace.workspaceId());
        return workspaces.enter(new Visitor(Platform.CONSOLE, externalId, "Test team", userId, userId, role));
    }

    protected long count(String table, Actor actor) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE workspace_id = ?", Long.class, actor.workspaceId());
    }
}
