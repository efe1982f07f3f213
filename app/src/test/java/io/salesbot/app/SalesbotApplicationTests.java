package io.salesbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.salesbot.app.db.EmbeddedMariaDb;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import io.salesbot.workspace.WorkspaceService;
import java.math.BigDecimal;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The assembled app on its default, embedded database, as a newcomer would first run it. */
@AssembledAppTest
class SalesbotApplicationTests {

    @Autowired
    EmbeddedMariaDb embedded;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    OpportunityService deals;

    @Autowired
    DataSource dataSource;

    @Test
    void startsOnTheEmbeddedDatabaseMigratedAndWorking() {
        assertThat(embedded.jdbcUrl()).startsWith("jdbc:mariadb://127.0.0.1:");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success", Integer.class))
                .isPositive();

        Actor admin = workspaces.enter(new Visitor(
                Platform.CONSOLE, "smoke-" + System.nanoTime(), "Smoke", "local", "Local admin", Role.ADMIN));
        DealView deal = deals.create(admin, NewDeal.named("ระบบ ERP 🎉").withAmount(new BigDecimal("1200000")));

        assertThat(deals.show(admin, "#" + deal.number()).name()).isEqualTo("ระบบ ERP 🎉");
        assertThat(jdbc.queryForObject("SELECT @@character_set_database", String.class))
                .isEqualTo("utf8mb4");
    }

    @Test
    void aLostDatabaseIsReportedWithinSecondsNotAfterHikarisDefaultHalfMinute() {
        // bot-core's DatabaseLossIntegrationTests shows what users then see; this pins the app's wait.
        assertThat(((HikariDataSource) dataSource).getConnectionTimeout()).isLessThanOrEqualTo(3_000);
    }

    @Test
    void theEmbeddedDatabaseIsSpringBootsPoolWithItsSettings() {
        HikariDataSource pool = (HikariDataSource) dataSource;

        assertThat(pool.getJdbcUrl()).isEqualTo(embedded.jdbcUrl());
        assertThat(pool.getUsername()).isEqualTo(embedded.username());
        assertThat(pool.getPoolName()).isEqualTo("salesbot");
        // spring.datasource.hikari.maximum-pool-size=7 in AssembledAppTest
        assertThat(pool.getMaximumPoolSize()).isEqualTo(7);
    }
}
