package io.salesbot.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plain JDBC reference does the commands' real work on a workspace the app set up. */
class PlainJdbcCommandsTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    @Autowired
    DataSource dataSource;

    @Test
    void movesCreatesAndShowsDealsAsTheAppWould() {
        String team = "T" + UUID.randomUUID();
        gateway.handle(caller(team, "UADMIN1", Role.ADMIN), "/salesbot notify stage");
        gateway.handle(caller(team, "U001", Role.REP), "/opp new \"First\" amount:100k");
        PlainJdbcCommands plain = new PlainJdbcCommands(dataSource, 2, team);

        CommandTarget.Outcome moved = plain.send(
                        new CommandMix.Command(CommandMix.Kind.STAGE, "U001", "stage #1 inprogress", 1, "inprogress"))
                .join();
        CommandTarget.Outcome created = plain.send(new CommandMix.Command(
                        CommandMix.Kind.NEW, "U001", "new \"Second\" amount:250k customer:\"Acme\"", 0, null))
                .join();
        CommandTarget.Outcome shown = plain.send(
                        new CommandMix.Command(CommandMix.Kind.SHOW, "U001", "show #2", 2, null))
                .join();
        CommandTarget.Outcome missing = plain.send(
                        new CommandMix.Command(CommandMix.Kind.SHOW, "U001", "show #9", 9, null))
                .join();
        plain.close();

        assertThat(List.of(moved, created, shown)).allMatch(CommandTarget.Outcome::ok);
        assertThat(missing.ok()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT s.name FROM opportunity o JOIN stage s ON s.id = o.stage_id"
                                + " JOIN workspace w ON w.id = o.workspace_id WHERE w.external_id = ? AND o.number = 1",
                        String.class,
                        team))
                .isEqualTo("In progress");
        assertThat(jdbc.queryForList(
                        "SELECT c.field FROM opportunity_change c JOIN opportunity o ON o.id = c.opportunity_id"
                                + " JOIN workspace w ON w.id = o.workspace_id WHERE w.external_id = ? AND o.number = 1"
                                + " ORDER BY c.id",
                        String.class,
                        team))
                .containsExactly("CREATED", "STAGE", "PROBABILITY");
        assertThat(jdbc.queryForObject(
                        "SELECT o.next_attempt_at FROM outbox o JOIN workspace w ON w.id = o.workspace_id"
                                + " WHERE w.external_id = ?",
                        Timestamp.class,
                        team))
                .isAfter(Timestamp.from(Instant.now().plusSeconds(86_400)));
        assertThat(jdbc.queryForObject(
                        "SELECT o.estimated_revenue FROM opportunity o JOIN workspace w ON w.id = o.workspace_id"
                                + " WHERE w.external_id = ? AND o.number = 2",
                        BigDecimal.class,
                        team))
                .isEqualByComparingTo("250000");
    }

    private static Caller caller(String team, String user, Role role) {
        return new Caller(new Visitor(Platform.SLACK, team, team, user, user, role), null, "CLOAD");
    }
}
