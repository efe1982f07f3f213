package io.salesbot.command.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Team reports go to the channel; one rep's numbers come to the asker alone unless shared. */
class ReportAudienceIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    Caller ann;

    @BeforeEach
    void workspaceWithDeals() {
        String team = "T-" + UUID.randomUUID();
        ann = new Caller(new Visitor(Platform.SLACK, team, "Team", "U1", "Ann", Role.MANAGER), null, "C1");
        Caller bob = new Caller(new Visitor(Platform.SLACK, team, "Team", "U2", "Bob", Role.REP), null, "C1");
        gateway.handle(ann, "/opp new Alpha amount:100k close:2099-12-31");
        gateway.handle(bob, "/opp new Beta amount:200k close:2099-12-31");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "/pipeline,                            CHANNEL",
        "/pipeline team,                       CHANNEL",
        "/pipeline mine,                       PRIVATE",
        "/pipeline @U2,                        PRIVATE",
        "/pipeline @U2 share,                  CHANNEL",
        "/forecast quarter,                    CHANNEL",
        "/forecast year by:type,               CHANNEL",
        "/forecast year by:rep,                PRIVATE",
        "/forecast year by:rep share,          CHANNEL",
        "/forecast month @U2,                  PRIVATE",
        "/forecast @U2,                        PRIVATE",
        "/forecast mine share,                 CHANNEL",
    })
    void aReportAboutOneRepIsTheAskersUnlessShared(String line, Visibility expected) {
        BotReply reply = gateway.handle(ann, line).reply();

        assertThat(reply).isNotInstanceOf(BotReply.Error.class);
        // every part alike: a chart never goes where its table does not
        assertThat(parts(reply)).extracting(BotReply::visibility).containsOnly(expected);
        boolean toldHowToShare = parts(reply).stream()
                .anyMatch(part -> part instanceof BotReply.Text text
                        && text.message().equals(Message.of("reply.report.onlyYou")));
        assertThat(toldHowToShare).isEqualTo(expected == Visibility.PRIVATE);
    }

    @org.junit.jupiter.api.Test
    void theConsoleHasOneReaderSoNothingIsHeldBackOrExplained() {
        Caller local = new Caller(
                new Visitor(Platform.CONSOLE, "local-" + UUID.randomUUID(), "Local", "admin", "Admin", Role.ADMIN),
                null,
                null);
        gateway.handle(local, "/opp new Alpha amount:100k close:eom");

        BotReply reply = gateway.handle(local, "/forecast year by:rep").reply();

        assertThat(parts(reply)).extracting(BotReply::visibility).containsOnly(Visibility.CHANNEL);
        assertThat(parts(reply))
                .noneMatch(part -> part instanceof BotReply.Text text
                        && text.message().equals(Message.of("reply.report.onlyYou")));
    }

    private static List<BotReply> parts(BotReply reply) {
        List<BotReply> all = new ArrayList<>();
        all.add(reply);
        if (reply instanceof BotReply.Many many) {
            many.parts().forEach(part -> all.addAll(parts(part)));
        }
        return all;
    }
}
