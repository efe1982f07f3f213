package io.salesbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.LongDeals;
import io.salesbot.opportunity.Opportunity;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LineLimitIntegrationTests extends IntegrationTestBase {

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    @Test
    void theProductCommandRefusesALineBeyondTheMostInTheReadersLanguage() {
        // given a deal one line short of the most a deal holds
        String team = "T-" + UUID.randomUUID();
        Caller admin = new Caller(new Visitor(Platform.SLACK, team, "Team", "U1", "Ann", Role.ADMIN), null);
        gateway.handle(admin, "/opp new \"Big quote\"");
        long deal = jdbc.queryForObject(
                "SELECT o.id FROM opportunity o JOIN workspace w ON w.id = o.workspace_id WHERE w.external_id = ?",
                Long.class,
                team);
        LongDeals.addLines(jdbc, deal, Opportunity.MAX_LINES - 1, 40, 0);

        // when the last free line is taken, and one more is asked for
        Answer last = gateway.handle(admin, "/opp product #1 Training qty:1 price:100");
        Answer beyond = gateway.handle(admin, "/opp product #1 Support qty:1 price:100");

        // then the first is added, the second refused with a reason and a way out, in English
        assertThat(last.reply()).isInstanceOf(BotReply.DealCard.class);
        BotReply.Error refused = (BotReply.Error) beyond.reply();
        assertThat(refused.message().key()).isEqualTo("error.line.tooMany");
        assertThat(localizer.text(refused.message(), beyond.reader()))
                .contains("#1", "100 product lines", "/opp product-remove #1");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM opportunity_line WHERE opportunity_id = ?", Integer.class, deal))
                .isEqualTo(Opportunity.MAX_LINES);

        // and in Thai for a Thai workspace
        gateway.handle(admin, "/salesbot language th force");
        Answer thai = gateway.handle(admin, "/opp product #1 Support qty:1 price:100");
        assertThat(localizer.text(((BotReply.Error) thai.reply()).message(), thai.reader()))
                .contains("#1", "100 รายการ", "/opp product-remove #1");
    }
}
