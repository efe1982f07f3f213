package io.salesbot.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesbot.IntegrationTestBase;
import io.salesbot.campaign.CampaignService;
import io.salesbot.common.InvalidInputException;
import io.salesbot.common.NotFoundException;
import io.salesbot.forecast.DealTotals;
import io.salesbot.notification.NotificationKind;
import io.salesbot.notification.SubscriptionService;
import io.salesbot.opportunity.DealFilter;
import io.salesbot.opportunity.DealSummary;
import io.salesbot.opportunity.DealView;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.NewLine;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DealCsvIntegrationTests extends IntegrationTestBase {

    @Autowired
    DealCsvExport export;

    @Autowired
    DealCsvImport importer;

    @Autowired
    OpportunityService deals;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    CampaignService campaigns;

    @Autowired
    DealTotals totals;

    Actor admin;

    @BeforeEach
    void workspace() {
        admin = newWorkspace(Role.ADMIN);
    }

    @Test
    void anImportIsNotAnnouncedDealByDealButLaterChangesAre() {
        subscriptions.subscribe(admin, "sales", Set.of(NotificationKind.NEW, NotificationKind.WON), BigDecimal.ZERO);

        ImportReport report = importer.run(admin, "name,amount\nDeal A,1m\nDeal B,2m\nDeal C,3m\n", false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isTrue();
        assertThat(deals.list(admin, DealFilter.all(), 1, 10).deals()).hasSize(3);
        assertThat(outboxRows())
                .as("three imported deals, no channel message each")
                .isZero();

        deals.win(admin, "#1", "PO received", null);
        assertThat(outboxRows())
                .as("an ordinary change after the import is heard")
                .isEqualTo(1);
    }

    private int outboxRows() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox WHERE workspace_id = ?", Integer.class, admin.workspaceId());
    }

    @Test
    void anExportImportsIntoAnotherWorkspaceWithThaiTextIntact() {
        deals.create(
                admin,
                new NewDeal(
                        "ระบบ ERP, \"สยาม\" 🎉",
                        "บริษัท สยาม จำกัด",
                        new BigDecimal("1200000.50"),
                        60,
                        LocalDate.of(2026, 12, 31),
                        "in progress",
                        "existing_customer",
                        null,
                        "referral",
                        null,
                        null,
                        "หลายบรรทัด\nบรรทัดที่สอง"));
        deals.addLine(
                admin,
                "#1",
                new NewLine("ERP licence", new BigDecimal("10"), new BigDecimal("12000"), BigDecimal.TEN, null, null));
        deals.lose(admin, "#1", "ราคาสูง", null);

        byte[] csv = export.deals(admin);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith(DealCsvExport.BOM + "number,name,customer")
                .contains("ERP licence × 10 @ 12000.00 −10.00%");

        Actor elsewhere = newWorkspace(Role.ADMIN);
        ImportReport report = importer.run(elsewhere, text, false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isTrue();
        assertThat(report.ignoredColumns()).contains("products", "expected_revenue");
        DealView copy = deals.show(elsewhere, "#1");
        assertThat(copy.name()).isEqualTo("ระบบ ERP, \"สยาม\" 🎉");
        assertThat(copy.description()).isEqualTo("หลายบรรทัด\nบรรทัดที่สอง");
        assertThat(copy.progress().stage().name()).isEqualTo("Closed Lost");
        assertThat(copy.progress().lostReason()).isEqualTo("ราคาสูง");
        assertThat(copy.revenue().estimated()).isEqualByComparingTo("1200000.50");
        assertThat(copy.origin().leadSource()).isEqualTo("referral");
    }

    @Test
    void aDryRunReportsEveryBadRowAndNothingIsImportedUntilTheFileIsClean() {
        String file = """
                Name,Amount,Close,Stage,Probability,Owner
                Acme ERP,1.2m,31/12/2569,wait,60,
                ,500k,2026-12-31,,,
                Globex,lots,2026-12-31,,,
                Initech,500k,31/13/2026,,,
                Umbrella,500k,2026-12-31,negotiation,,
                Hooli,500k,2026-12-31,,101,
                Stark,5k,2026-12-31,,,nobody
                """;

        ImportReport report = importer.run(admin, file, false);

        assertThat(report.imported()).isFalse();
        assertThat(report.problems())
                .extracting(
                        ImportReport.Problem::row, problem -> problem.message().key())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "error.field.required"),
                        org.assertj.core.groups.Tuple.tuple(4L, "error.amount.invalid"),
                        org.assertj.core.groups.Tuple.tuple(5L, "error.date.invalid"),
                        org.assertj.core.groups.Tuple.tuple(6L, "error.stage.unknown"),
                        org.assertj.core.groups.Tuple.tuple(7L, "error.probability.range"),
                        org.assertj.core.groups.Tuple.tuple(8L, "error.member.unknown"));
        assertThat(count("opportunity", admin)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT last_deal_number FROM workspace_counter WHERE workspace_id = ?",
                        Integer.class,
                        admin.workspaceId()))
                .isZero();

        String clean = "name,amount,close\nAcme ERP,1.2m,31/12/2569\nGlobex,500k,2027-01-15\n";
        assertThat(importer.run(admin, clean, true).imported()).isFalse();
        assertThat(count("opportunity", admin)).isZero();
        assertThat(importer.run(admin, clean, false).imported()).isTrue();
        assertThat(deals.list(admin, DealFilter.all(), 1, 10).deals())
                .extracting(DealSummary::name)
                .containsExactlyInAnyOrder("Acme ERP", "Globex");
    }

    @Test
    void historyExportsEveryChange() {
        deals.create(admin, NewDeal.named("Tracked"));
        deals.moveStage(admin, "#1", "in progress", "demo ok", null);

        String history = new String(export.history(admin), StandardCharsets.UTF_8);

        assertThat(history.lines()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(history).contains("stage,Wait,In progress", "demo ok", "console");
    }

    @Test
    void anImportedDealIsWrittenExactlyAsOppNewWritesIt() {
        join(admin, "rep-1", Role.REP);
        campaigns.create(admin, "Spring fair", null, null, null);
        NewDeal open = new NewDeal(
                "Acme ERP",
                "Acme",
                new BigDecimal("1200000.50"),
                60,
                LocalDate.of(2026, 12, 31),
                "in progress",
                "existing_customer",
                "Spring fair",
                "referral",
                "rep-1",
                null,
                "two\nlines");
        NewDeal lost = new NewDeal("Globex", null, null, null, null, "lost", null, null, null, null, "price", null);
        deals.create(admin, open); // #1
        deals.create(admin, lost); // #2

        ImportReport report = importer.run(admin, """
                name,customer,amount,prob,close,stage,type,campaign,source,owner,lost_reason,description
                Acme ERP,Acme,1200000.50,60,2026-12-31,in progress,existing_customer,Spring fair,referral,rep-1,,"two
                lines"
                Globex,,,,,lost,,,,,price,
                """, false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isTrue();
        assertThat(row("opportunity", "number", 3)).isEqualTo(row("opportunity", "number", 1));
        assertThat(row("opportunity", "number", 4)).isEqualTo(row("opportunity", "number", 2));
        assertThat(history(3)).isEqualTo(history(1)).hasSize(1);
        assertThat(history(4)).isEqualTo(history(2));
        assertThat(totals.differences(admin.workspaceId())).isEmpty();
    }

    @Test
    void aFileOfMoreRowsThanTheLimitIsRefusedWithTheLimit() {
        StringBuilder file = new StringBuilder("name\n");
        for (int i = 0; i <= ImportLimit.MAX_ROWS; i++) {
            file.append("Deal ").append(i).append('\n');
        }

        assertThatThrownBy(() -> importer.run(admin, file.toString(), true))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.import.tooManyRows");
                    assertThat(refused.args())
                            .containsExactly((long) ImportLimit.MAX_ROWS + 1, (long) ImportLimit.MAX_ROWS);
                });
        assertThat(count("opportunity", admin)).isZero();
    }

    @Test
    void aFileAtTheLimitImportsWholeWithHistoryAndExactTotals() {
        campaigns.create(admin, "Fair", null, null, null);
        join(admin, "rep-1", Role.REP);
        deals.create(admin, NewDeal.named("Before the import")); // #1
        StringBuilder file = new StringBuilder("name,stage,amount,close,campaign,owner,lost_reason\n");
        for (int i = 0; i < ImportLimit.MAX_ROWS; i++) {
            file.append("Deal ")
                    .append(i)
                    .append(',')
                    .append(i % 10 == 0 ? "lost" : i % 10 == 1 ? "won" : i % 2 == 0 ? "in progress" : "wait")
                    .append(',')
                    .append(1_000 + i)
                    .append(",2027-0")
                    .append(1 + i % 9)
                    .append("-15,")
                    .append(i % 3 == 0 ? "Fair" : "")
                    .append(',')
                    .append(i % 4 == 0 ? "rep-1" : "")
                    .append(',')
                    .append(i % 10 == 0 ? "price" : "")
                    .append('\n');
        }

        ImportReport report = importer.run(admin, file.toString(), false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isTrue();
        assertThat(count("opportunity", admin)).isEqualTo(ImportLimit.MAX_ROWS + 1);
        assertThat(count("opportunity_change", admin)).isEqualTo(ImportLimit.MAX_ROWS + 1);
        assertThat(jdbc.queryForObject(
                        "SELECT MIN(number) * 10000 + MAX(number) FROM opportunity WHERE workspace_id = ?",
                        Long.class,
                        admin.workspaceId()))
                .as("numbers 1 to 10,001, in the file's order")
                .isEqualTo(1L * 10_000 + ImportLimit.MAX_ROWS + 1);
        assertThat(deals.show(admin, "#2").name()).isEqualTo("Deal 0");
        assertThat(lastDealNumber()).isEqualTo(ImportLimit.MAX_ROWS + 1);
        assertThat(totals.differences(admin.workspaceId())).isEmpty();
        deals.create(admin, NewDeal.named("After the import"));
        assertThat(lastDealNumber()).isEqualTo(ImportLimit.MAX_ROWS + 2);
    }

    @Test
    void aDealRefusedWhileWritingLeavesNothingAndNoGapInTheNumbers() {
        deals.create(admin, NewDeal.named("Before")); // #1

        assertThatThrownBy(() -> deals.createAll(
                        admin,
                        List.of(NewDeal.named("Fine"), NewDeal.named("Bad").withOwnerOf("nobody"))))
                .isInstanceOf(NotFoundException.class);

        assertThat(count("opportunity", admin)).isOne();
        assertThat(count("opportunity_change", admin)).isOne();
        assertThat(lastDealNumber()).as("the reserved block given back").isOne();
        assertThat(deals.create(admin, NewDeal.named("Next")).number()).isEqualTo(2);
        assertThat(totals.differences(admin.workspaceId())).isEmpty();
    }

    private int lastDealNumber() {
        return jdbc.queryForObject(
                "SELECT last_deal_number FROM workspace_counter WHERE workspace_id = ?",
                Integer.class,
                admin.workspaceId());
    }

    /** A deal's row, without what differs between two deals of the same content. */
    private Map<String, Object> row(String table, String key, int number) {
        Map<String, Object> row = new HashMap<>(jdbc.queryForMap(
                "SELECT * FROM " + table + " WHERE workspace_id = ? AND " + key + " = ?", admin.workspaceId(), number));
        row.remove("id");
        row.remove("number");
        return row;
    }

    private List<Map<String, Object>> history(int number) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT h.* FROM opportunity_change h JOIN opportunity o ON o.id = h.opportunity_id
                WHERE o.workspace_id = ? AND o.number = ? ORDER BY h.id""", admin.workspaceId(), number);
        rows.forEach(row -> {
            row.remove("id");
            row.remove("opportunity_id");
        });
        return rows;
    }
}
