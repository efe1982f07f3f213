package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.StatementLog;
import io.salesbot.reply.BotReply;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A command loads what it needs once and passes it down, counted at the JDBC driver. Before this
 * held, {@code /opp stage} read the workspace three times (on entry, for "today", for the card's
 * currency) and the stages three times (to split stage from note, to find the stage, for the
 * card's next stage).
 */
@Import(ReadOnceIntegrationTests.Recording.class)
class ReadOnceIntegrationTests extends IntegrationTestBase {

    @TestConfiguration
    static class Recording {

        static final StatementLog LOG = new StatementLog();

        @Bean
        static BeanPostProcessor statementLog() {
            return StatementLog.recording(LOG);
        }
    }

    @Autowired
    CommandGateway gateway;

    @Test
    void movingADealReadsTheWorkspaceOnceAndTheStagesOnceForTheMoveAndOnceForTheCard() {
        Caller admin = new Caller(
                new Visitor(Platform.SLACK, "T-" + UUID.randomUUID(), "Team", "U1", "Ann", Role.ADMIN), null);
        assertThat(gateway.handle(admin, "/opp new \"Acme ERP\" amount:1.2m").reply())
                .isInstanceOf(BotReply.DealCard.class);

        Recording.LOG.start();
        BotReply moved = gateway.handle(admin, "/opp stage #1 in progress demo went well")
                .reply();
        List<String> statements = Recording.LOG.stop();

        assertThat(moved).isInstanceOf(BotReply.DealCard.class);
        assertThat(StatementLog.reads(statements, "workspace"))
                .as("workspace reads")
                .isEqualTo(1);
        // One read of the pipeline serves the move, the card's next stage and the stages its menu
        // offers (the Discord adapter used to read those itself, with the workspace, after every card).
        assertThat(StatementLog.reads(statements, "stage")).as("stage reads").isEqualTo(1);
        assertThat(((BotReply.DealCard) moved).moves()).isNotEmpty();
    }
}
