package io.salesbot.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
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
        assertThat(copy.stage().name()).isEqualTo("Closed Lost");
        assertThat(copy.lostReason()).isEqualTo("ราคาสูง");
        assertThat(copy.estimatedRevenue()).isEqualByComparingTo("1200000.50");
        assertThat(copy.leadSource()).isEqualTo("referral");
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
}
