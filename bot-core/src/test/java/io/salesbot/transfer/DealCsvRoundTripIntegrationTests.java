package io.salesbot.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.campaign.CampaignService;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Exports with hostile text: nothing a spreadsheet would run, and an import gives back the same deals. */
class DealCsvRoundTripIntegrationTests extends IntegrationTestBase {

    // The same hostile pieces as the cell rule's own tests: what one must survive, so must the other.
    static final String TRIGGERS = SpreadsheetTextTests.TRIGGERS;
    static final String[] PIECES = SpreadsheetTextTests.PIECES;
    static final String CAMPAIGN = "=HYPERLINK(\"http://evil.example\")";
    // Not "@...": a member is looked up with or without a leading @, so that name names someone else.
    static final String OWNER = "-cmd|' /C calc'!A0";

    @Autowired
    DealCsvExport export;

    @Autowired
    DealCsvImport importer;

    @Autowired
    OpportunityService deals;

    @Autowired
    CampaignService campaigns;

    @Test
    void hostileTextIsExportedHarmlessAndImportsBackToTheSameDeals() throws IOException {
        Actor source = workspaceWithHostileNames();
        Random random = new Random(20261203);
        for (int i = 0; i < 120; i++) {
            String stage = i % 5 == 0 ? "lost" : i % 7 == 0 ? "won" : i % 2 == 0 ? "in progress" : null;
            deals.create(
                    source,
                    new NewDeal(
                            nonBlank(hostile(random)),
                            hostile(random),
                            BigDecimal.valueOf(random.nextInt(1_000_000), 2),
                            stage == null ? null : 40,
                            null,
                            stage,
                            null,
                            i % 3 == 0 ? CAMPAIGN : null,
                            null,
                            i % 4 == 0 ? OWNER : null,
                            stage != null && stage.equals("lost") ? nonBlank(hostile(random)) : null,
                            hostile(random)));
        }
        String exported = new String(export.deals(source), StandardCharsets.UTF_8);

        Actor copy = workspaceWithHostileNames();
        ImportReport report = importer.run(copy, exported, false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isTrue();
        for (CSVRecord row : records(exported)) {
            for (String cell : row) {
                assertThat(cell.isEmpty() || TRIGGERS.indexOf(cell.charAt(0)) < 0)
                        .as("a cell a spreadsheet would run: %s", cell)
                        .isTrue();
            }
        }
        List<Map<String, Object>> original = values(source);
        List<Map<String, Object>> imported = values(copy);
        assertThat(imported).hasSize(120);
        for (int i = 0; i < original.size(); i++) {
            assertThat(imported.get(i)).as("deal #%d", i + 1).isEqualTo(original.get(i));
        }
        assertThat(new String(export.deals(copy), StandardCharsets.UTF_8))
                .as("the copy exports to the very same file")
                .isEqualTo(exported);
    }

    @Test
    void historyExportQuotesFormulasToo() throws IOException {
        Actor admin = workspaceWithHostileNames();
        Actor rep = join(admin, OWNER, Role.REP);
        deals.create(rep, NewDeal.named("=1+1"));

        String history = new String(export.history(admin), StandardCharsets.UTF_8);

        List<CSVRecord> rows = records(history);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(1);
        assertThat(rows.get(0).get("deal_name")).isEqualTo("'=1+1");
        assertThat(rows.get(0).get("who")).isEqualTo("'" + OWNER);
    }

    private Actor workspaceWithHostileNames() {
        Actor admin = newWorkspace(Role.ADMIN);
        campaigns.create(admin, CAMPAIGN, null, null, null);
        join(admin, OWNER, Role.REP);
        return admin;
    }

    private static String hostile(Random random) {
        StringBuilder text = new StringBuilder();
        for (int pieces = random.nextInt(5); pieces >= 0; pieces--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static String nonBlank(String text) {
        return text.isBlank() ? text + "x" : text;
    }

    private List<Map<String, Object>> values(Actor actor) {
        return jdbc.queryForList("""
                SELECT o.number, o.name, o.customer, o.description, o.lost_reason, s.name AS stage, o.probability,
                       o.estimated_revenue, o.expected_close_date, c.name AS campaign, m.display_name AS owner
                FROM opportunity o JOIN stage s ON s.id = o.stage_id JOIN member m ON m.id = o.owner_id
                LEFT JOIN campaign c ON c.id = o.campaign_id
                WHERE o.workspace_id = ? ORDER BY o.number""", actor.workspaceId());
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.EXCEL
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
    }
}
