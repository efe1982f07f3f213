package io.salesbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.MariaDbTestDatabase;
import io.salesbot.TestApplication;
import io.salesbot.command.Answer;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database goes away while people work: they get a clear "try again" within 3 seconds, no
 * half-written deal remains, and the app works again by itself once the database is back.
 */
class DatabaseLossIntegrationTests {

    static TcpProxy proxy;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void appBehindAProxy() throws Exception {
        URI server = URI.create(MariaDbTestDatabase.url().substring("jdbc:".length()));
        proxy = new TcpProxy(server.getPort());
        String url = "jdbc:mariadb://127.0.0.1:" + proxy.port() + server.getPath();
        app = new SpringApplicationBuilder(TestApplication.class)
                .run(
                        "--spring.main.web-application-type=none",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + MariaDbTestDatabase.USER,
                        "--spring.datasource.password=" + MariaDbTestDatabase.PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
        proxy.close();
    }

    @Test
    void usersAreToldToTryAgainAndTheAppRecoversByItself() throws Exception {
        CommandGateway gateway = app.getBean(CommandGateway.class);
        Caller rep = new Caller(
                new Visitor(Platform.SLACK, "T-" + UUID.randomUUID(), "Team", "U1", "Ann", Role.ADMIN), null);
        assertThat(gateway.handle(rep, "/opp new \"Before the cut\" amount:1m").reply())
                .isInstanceOf(BotReply.DealCard.class);

        proxy.cut();
        Answer during = gateway.handle(rep, "/opp new \"During the cut\" amount:2m");

        assertThat(during.reply())
                .isInstanceOfSatisfying(
                        BotReply.Error.class,
                        error -> assertThat(error.message().key()).isEqualTo("error.database.unavailable"));

        proxy.restore();
        Answer after = awaitRecovery(gateway, rep);
        assertThat(after.reply()).isInstanceOf(BotReply.DealCard.class);
        JdbcTemplate direct = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                MariaDbTestDatabase.url(), MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD));
        assertThat(direct.queryForList(
                        "SELECT o.name FROM opportunity o JOIN workspace w ON w.id = o.workspace_id"
                                + " WHERE w.external_id = ? ORDER BY o.number",
                        String.class,
                        rep.visitor().workspaceExternalId()))
                .containsExactly("Before the cut", "After the cut");
    }

    /** The pool replaces its broken connections on its own; give it a few seconds. */
    private static Answer awaitRecovery(CommandGateway gateway, Caller rep) throws InterruptedException {
        Answer answer = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            answer = gateway.handle(rep, "/opp new \"After the cut\" amount:3m");
            if (!(answer.reply() instanceof BotReply.Error)) {
                return answer;
            }
            Thread.sleep(500);
        }
        return answer;
    }
}
