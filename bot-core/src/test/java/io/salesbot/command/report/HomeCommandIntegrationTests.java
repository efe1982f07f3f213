package io.salesbot.command.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.opportunity.DealSummary;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeCommandIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    @Test
    void theHomeShowsTheRepsOpenDealsOnlyTheirSlippingDealsAndTheTeamsOpenTotals() {
        // given a rep with an open deal, a slipping one and a won one, and a colleague's open deal
        String team = "T-" + UUID.randomUUID();
        Caller ann = new Caller(new Visitor(Platform.SLACK, team, "Team", "U1", "Ann", Role.ADMIN), null, "C1");
        Caller bob = new Caller(new Visitor(Platform.SLACK, team, "Team", "U2", "Bob", Role.REP), null, "C1");
        gateway.handle(bob, "/opp new Alpha amount:100k close:2099-12-31");
        gateway.handle(bob, "/opp new Beta amount:200k close:2020-01-15");
        gateway.handle(bob, "/opp new Gamma amount:300k close:2099-12-31");
        gateway.handle(bob, "/opp won #3");
        gateway.handle(ann, "/opp new Delta amount:400k close:2099-12-31");

        // when the rep opens their home
        BotReply.Many home =
                (BotReply.Many) gateway.handle(bob, "/salesbot home").reply();

        // then it is theirs alone, and each part is titled once
        assertThat(home.visibility()).isEqualTo(Visibility.PRIVATE);
        BotReply.DealList open = (BotReply.DealList) home.parts().get(0);
        assertThat(open.title()).isEqualTo(Message.of("reply.home.open", 2L));
        assertThat(open.deals()).extracting(DealSummary::name).containsExactlyInAnyOrder("Alpha", "Beta");
        BotReply.DealList slipping = (BotReply.DealList) home.parts().get(1);
        assertThat(slipping.title()).isEqualTo(Message.of("reply.home.slipping", 1L));
        assertThat(slipping.deals()).extracting(DealSummary::name).containsExactly("Beta");
        BotReply.Table quarter = (BotReply.Table) home.parts().get(2);
        assertThat(quarter.title()).isEqualTo(Message.of("reply.home.quarter"));
        assertThat(quarter.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.get(5))
                        .as("no quota set: it says so, not 0 %")
                        .isEqualTo(Message.of("reply.forecast.quota.none")));
        BotReply.Table totals = (BotReply.Table) home.parts().get(3);
        assertThat(totals.title()).isEqualTo(Message.of("reply.home.team"));
        assertThat(totals.footer())
                .containsExactly(Message.of(
                        "reply.pipeline.total",
                        3L,
                        new Money(new BigDecimal("700000.00"), "THB"),
                        totals.footer().get(0).args().get(2)));
        assertThat(home.parts()).hasSize(4);
    }

    @Test
    void aNewcomersHomeSaysHowToStartAndStillShowsTheTeam() {
        String team = "T-" + UUID.randomUUID();
        Caller ann = new Caller(new Visitor(Platform.SLACK, team, "Team", "U1", "Ann", Role.ADMIN), null, "C1");
        gateway.handle(ann, "/opp new Delta amount:400k close:2099-12-31");
        Caller cat = new Caller(new Visitor(Platform.SLACK, team, "Team", "U3", "Cat", Role.REP), null, "C1");

        List<BotReply> parts =
                ((BotReply.Many) gateway.handle(cat, "/salesbot home").reply()).parts();

        assertThat(parts).hasSize(3);
        assertThat(((BotReply.Text) parts.get(0)).message()).isEqualTo(Message.of("reply.home.noOpen"));
        assertThat(((BotReply.Table) parts.get(2)).rows()).isNotEmpty();
    }
}
