package io.salesbot.command.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.Localizer;
import io.salesbot.reply.Message;
import io.salesbot.reply.ReplyLocale;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reports as typed: titles that say the filters, and a sentence where a chart would be empty. */
class ReportCommandsIntegrationTests extends IntegrationTestBase {

    static final ReplyLocale ENGLISH = ReplyLocale.of("en", ZoneId.of("Asia/Bangkok"));

    @Autowired
    CommandGateway gateway;

    @Autowired
    Localizer localizer;

    Caller admin;

    @BeforeEach
    void team() {
        admin = new Caller(
                new Visitor(Platform.SLACK, "T-" + UUID.randomUUID(), "Team", "U-admin", "Ann", Role.ADMIN), null);
    }

    @Test
    void aCampaignReportOfOneCampaignNamesItAndSaysWhenThereIsNothingToDraw() {
        run("/campaign new Web");

        List<BotReply> empty = parts("/campaign report web");

        assertThat(text(((BotReply.Table) empty.get(0)).title())).isEqualTo("Campaign report · campaign: Web");
        assertThat(empty.get(1)).isInstanceOf(BotReply.Text.class);
        assertThat(text(((BotReply.Text) empty.get(1)).message())).contains("so no chart");

        run("/opp new \"Web deal\" amount:100k close:2027-01-15 campaign:Web");
        List<BotReply> drawn = parts("/campaign report web");

        assertThat(drawn.get(1)).isInstanceOf(BotReply.Chart.class);
        assertThat(((BotReply.Chart) drawn.get(1)).title()).isEqualTo(((BotReply.Table) drawn.get(0)).title());
    }

    @Test
    void aPipelineOfOneRepIsTitledWithTheirNameNotTheirId() {
        run("/opp new \"Mine\" amount:100k close:2027-01-15");

        List<BotReply> mine = parts("/pipeline mine");

        assertThat(text(((BotReply.Table) mine.get(0)).title())).isEqualTo("Pipeline of Ann");
        assertThat(text(((BotReply.Chart) mine.get(1)).title())).isEqualTo("Pipeline of Ann");
    }

    @Test
    void aForecastCountsOpenDealsWithoutACloseDateApartAndItsSuggestionWorks() {
        run("/opp new \"Dated\" amount:100k close:2027-01-15");
        run("/opp new \"Undated\" amount:250k");

        String footer = footer(parts("/forecast quarter"))
                .lines()
                .filter(line -> line.contains("without a close date"))
                .findFirst()
                .orElseThrow();
        assertThat(footer).contains("1 open deal without a close date (฿250,000) is in no period");
        String suggested = footer.substring(footer.indexOf('`') + 1, footer.lastIndexOf('`'));

        assertThat(run(suggested)).isInstanceOf(BotReply.DealCard.class);
        assertThat(footer(parts("/forecast quarter"))).doesNotContain("without a close date");
    }

    private String footer(List<BotReply> parts) {
        return String.join(
                "\n",
                ((BotReply.Table) parts.get(0))
                        .footer().stream().map(this::text).toList());
    }

    private BotReply run(String line) {
        return gateway.handle(admin, line).reply();
    }

    /** The report's own parts (table, chart, notes), however they are grouped for their audience. */
    private List<BotReply> parts(String line) {
        List<BotReply> leaves = new java.util.ArrayList<>();
        collect(run(line), leaves);
        return leaves;
    }

    private static void collect(BotReply reply, List<BotReply> leaves) {
        if (reply instanceof BotReply.Many many) {
            many.parts().forEach(part -> collect(part, leaves));
        } else {
            leaves.add(reply);
        }
    }

    private String text(Message message) {
        return localizer.text(message, ENGLISH);
    }
}
