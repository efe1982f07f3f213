package io.salesbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.campaign.CampaignService;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.forecast.DealTotals;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.BotReply;
import io.salesbot.transfer.DealCsvImport;
import io.salesbot.transfer.ImportReport;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A big import and the team's ordinary commands at once. The import used to take the workspace's
 * deal-number lock at its first row and keep it to its commit, so for the whole import nobody
 * could create a deal. Here the import is held still in the middle of its write (its last row
 * waits for a lock this test keeps), with every earlier row written and uncommitted; meanwhile
 * another member's {@code /opp new} must be answered. No clock decides it: the import cannot
 * finish before the test lets it.
 */
class ImportBesideNewDealsIntegrationTests extends IntegrationTestBase {

    static final int ROWS = 10_000;

    @Autowired
    DealCsvImport importer;

    @Autowired
    OpportunityService deals;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CommandGateway gateway;

    @Autowired
    DealTotals totals;

    @Autowired
    DataSource dataSource;

    @Test
    void anotherMembersNewDealIsAnsweredWhileAnImportIsWriting() throws Exception {
        String team = "T-" + UUID.randomUUID();
        Actor admin = workspaces.enter(new Visitor(Platform.SLACK, team, "Team", "U-admin", "Admin", Role.ADMIN));
        Caller rep = new Caller(new Visitor(Platform.SLACK, team, "Team", "U-rep", "Rep", Role.REP), null);
        long campaign = campaigns.create(admin, "Held", null, null, null).id();
        deals.create(
                admin,
                new NewDeal(
                        "Makes the campaign's total row",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Held",
                        null,
                        null,
                        null,
                        null)); // #1
        StringBuilder file = new StringBuilder("name,stage,amount,close,campaign\n");
        for (int i = 1; i <= ROWS; i++) {
            file.append("Imported ")
                    .append(i)
                    .append(',')
                    .append(i % 2 == 0 ? "wait" : "in progress")
                    .append(',')
                    .append(1_000 + i)
                    .append(",2027-0")
                    .append(1 + i % 9)
                    .append("-15,")
                    .append(i == ROWS ? "Held" : "")
                    .append('\n');
        }

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            String holderTrx = holdCampaignTotal(holder, admin.workspaceId(), campaign);
            Future<ImportReport> importing = threads.submit(() -> importer.run(admin, file.toString(), false));
            waitUntilSomeoneWaitsFor(holderTrx, importing);

            Future<BotReply> newDeal = threads.submit(() ->
                    gateway.handle(rep, "/opp new \"Rep's deal\" amount:5k").reply());
            BotReply reply;
            try {
                reply = newDeal.get(60, TimeUnit.SECONDS);
            } catch (TimeoutException waitedForTheImport) {
                holder.rollback();
                throw new AssertionError("the rep's /opp new waited for the import", waitedForTheImport);
            }

            assertThat(importing.isDone()).as("the import is still held").isFalse();
            assertThat(reply)
                    .isInstanceOfSatisfying(
                            BotReply.DealCard.class,
                            card -> assertThat(card.deal().number())
                                    .as("after the block the import reserved")
                                    .isEqualTo(ROWS + 2));
            holder.rollback();
            ImportReport report = importing.get(60, TimeUnit.SECONDS);
            assertThat(report.problems()).isEmpty();
            assertThat(report.imported()).isTrue();
        } finally {
            threads.shutdownNow();
        }
        assertThat(count("opportunity", admin)).isEqualTo(ROWS + 2);
        assertThat(deals.show(admin, "#" + (ROWS + 1)).name()).isEqualTo("Imported " + ROWS);
        assertThat(totals.differences(admin.workspaceId())).isEmpty();
    }

    /** Locks the campaign's roll-up row, which the import's last row must update; returns the holder's transaction id. */
    private static String holdCampaignTotal(Connection holder, long workspaceId, long campaignId) throws Exception {
        // A write, not SELECT … FOR UPDATE: a transaction that has only read may show InnoDB one id
        // in innodb_trx and another as the blocker in innodb_lock_waits. Rolled back at the end.
        try (PreparedStatement lock = holder.prepareStatement(
                "UPDATE campaign_deal_total SET deals = deals + 1 WHERE workspace_id = ? AND campaign_id = ?")) {
            lock.setLong(1, workspaceId);
            lock.setLong(2, campaignId);
            assertThat(lock.executeUpdate()).isEqualTo(1);
        }
        try (PreparedStatement trx = holder.prepareStatement(
                        "SELECT trx_id FROM information_schema.innodb_trx WHERE trx_mysql_thread_id = CONNECTION_ID()");
                ResultSet id = trx.executeQuery()) {
            assertThat(id.next()).isTrue();
            return id.getString(1);
        }
    }

    /**
     * Until a transaction (the import's) waits for the holder's lock: the import is then mid-write.
     * Only the file's last row names the held campaign, so a statement at that table is that row.
     */
    private void waitUntilSomeoneWaitsFor(String holderTrx, Future<?> importing) throws Exception {
        for (int i = 0; i < 6_000; i++) {
            Integer waiting = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM information_schema.innodb_lock_waits WHERE blocking_trx_id = ?",
                    Integer.class,
                    holderTrx);
            // A statement the driver sends as one bulk (COM_STMT_BULK_EXECUTE) waits without
            // showing in innodb_lock_waits; the process list still shows it at the held table.
            Integer atTheHeldRow = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM information_schema.processlist WHERE db = DATABASE()"
                            + " AND id <> CONNECTION_ID() AND info LIKE '%campaign_deal_total%'",
                    Integer.class);
            if (waiting != null && waiting > 0 || atTheHeldRow != null && atTheHeldRow > 0) {
                return;
            }
            if (importing.isDone()) {
                importing.get(); // shows why it ended
                throw new AssertionError("the import finished without reaching the held row");
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the import never reached the held row");
    }
}
