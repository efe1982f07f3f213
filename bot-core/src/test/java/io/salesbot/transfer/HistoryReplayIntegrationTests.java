package io.salesbot.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.IntegrationTestBase;
import io.salesbot.command.Caller;
import io.salesbot.command.CommandGateway;
import io.salesbot.reply.BotReply;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.Visitor;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History tells the truth wherever it is written: replaying each deal's exported history from its
 * creation (each change must start from the value the one before left, and stamped no earlier
 * than it) arrives at the deal as exported, field by field, with the last change at the moment
 * the deal was last updated. For the demo, and for a workspace put through every kind of change.
 */
class HistoryReplayIntegrationTests extends IntegrationTestBase {

    /** History field → the deal column it moves; fields without one are not state (lines, texts). */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(
            Map.entry("created", "stage"),
            Map.entry("stage", "stage"),
            Map.entry("reopened", "stage"),
            Map.entry("name", "name"),
            Map.entry("customer", "customer"),
            Map.entry("type", "type"),
            Map.entry("amount", "amount"),
            Map.entry("probability", "prob"),
            Map.entry("close_date", "close"),
            Map.entry("closed_on", "close"),
            Map.entry("owner", "owner"),
            Map.entry("campaign", "campaign"),
            Map.entry("lead_source", "source"));

    @Autowired
    CommandGateway gateway;

    @Autowired
    DealCsvExport export;

    @Autowired
    DealCsvImport importer;

    @Autowired
    io.salesbot.forecast.DealTotals totals;

    Caller admin;
    Actor adminActor;
    String team;

    @BeforeEach
    void workspace() {
        team = "ws-" + UUID.randomUUID();
        Visitor visitor = new Visitor(Platform.CONSOLE, team, "Team", "U-admin", "Ann", Role.ADMIN);
        admin = new Caller(visitor, null);
        adminActor = workspaces.enter(visitor);
    }

    @Test
    void theDemosHistoryReplaysToTheDemoWithItsChangesInThePast() {
        run("/salesbot demo");

        Map<Integer, List<String>> problems = replayProblems();

        assertThat(problems).isEmpty();
        Map<String, Long> closedEarlier =
                countHistory("SELECT COUNT(*) FROM opportunity_change h JOIN opportunity o ON o.id = h.opportunity_id"
                        + " WHERE o.workspace_id = ? AND o.stage_kind <> 'OPEN' AND h.changed_at < ?");
        assertThat(closedEarlier.get("n"))
                .as("the closed sample deals' history lies in the past")
                .isGreaterThan(20);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM opportunity o WHERE o.workspace_id = ? AND o.stage_kind <> 'OPEN'"
                                + " AND DATE(o.closed_at) <> o.expected_close_date",
                        Long.class,
                        adminActor.workspaceId()))
                .as("each closed sample deal closed on the day its close date says")
                .isZero();
        // The stays the funnel reads, kept by triggers as the demo writes its past, agree with it.
        assertThat(totals.differences(adminActor.workspaceId())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM deal_stage_time t JOIN opportunity o ON o.id = t.opportunity_id"
                                + " WHERE o.workspace_id = ? AND t.stays > 0 AND t.seconds > 86400",
                        Long.class,
                        adminActor.workspaceId()))
                .as("finished stays of days")
                .isPositive();
    }

    @Test
    void everyKindOfChangeReplaysToTheDeal() {
        Visitor repVisitor = new Visitor(Platform.CONSOLE, team, "Team", "U-rep", "Ben", Role.REP);
        workspaces.enter(repVisitor);
        Caller rep = new Caller(repVisitor, null);
        run("/campaign new Web");
        run("/campaign new Expo");
        run("/salesbot products add \"CRM Starter\" price:45000");
        run("/opp new Alpha amount:100k close:2027-01-15 prob:30 customer:Acme campaign:Web source:web");
        run("/opp new Beta close:2027-02-15");
        run("/opp new Gamma amount:50k close:2027-03-01 owner:@U-rep");
        run("/opp new Delta amount:70k close:2027-01-20 stage:\"in progress\"");
        tick();
        run("/opp edit #1 name:\"Alpha 2\" customer:\"Acme Ltd\" amount:120k close:2027-02-01 prob:45"
                + " type:existing_customer campaign:Expo source:event owner:@U-rep description:\"Bigger now\"");
        tick();
        run("/opp edit #1 prob:auto campaign:none");
        run("/opp product #2 \"CRM Starter\" qty:2");
        tick();
        run("/opp product #2 Consulting qty:1 price:10000");
        run("/opp edit #2 amount:99000");
        tick();
        run("/opp edit #2 amount:auto");
        run("/opp product-remove #2 1");
        tick();
        run("/opp stage #1 \"in progress\" call went well");
        run("/opp won #1 signed");
        tick();
        run("/opp reopen #1");
        tick();
        run("/opp lost #1 price");
        tick();
        run("/opp reopen #1 stage:wait close:2027-06-30");
        runAs(rep, "/opp edit #3 close:2027-04-01 amount:55k");
        tick();
        run("/opp won #4");
        run("/opp lost #3 budget cut");
        run("/salesbot stages probability wait prob:15");
        tick();
        run("/lead new \"Hotel ERP\" company:Andaman source:web");
        run("/lead convert L-1 amount:480k close:2027-03-31");
        tick();
        ImportReport imported = importer.run(adminActor, """
                name,amount,close,stage,owner,prob,lost_reason
                Imported open,25000,2027-05-01,wait,Ben,,
                Imported won,40000,2026-10-01,closed won,,,
                Imported lost,15000,2026-09-01,closed lost,,,too late
                """, false);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.imported()).isTrue();
        tick();
        run("/opp edit #6 close:2027-07-01");
        run("/opp reopen #7 close:2027-01-31");

        assertThat(replayProblems()).isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT field FROM opportunity_change WHERE workspace_id = ?",
                        String.class,
                        adminActor.workspaceId()))
                .as("every kind of change was made")
                .containsAll(List.of(
                        "CREATED",
                        "STAGE",
                        "REOPENED",
                        "NAME",
                        "CUSTOMER",
                        "TYPE",
                        "AMOUNT",
                        "PROBABILITY",
                        "CLOSE_DATE",
                        "CLOSED_ON",
                        "OWNER",
                        "CAMPAIGN",
                        "LEAD_SOURCE",
                        "DESCRIPTION",
                        "LINE_ADDED",
                        "LINE_REMOVED"));
        assertThat(totals.differences(adminActor.workspaceId()))
                .as("the roll-ups and each deal's stays, written by every kind of change and the import")
                .isEmpty();
    }

    /** Per deal number, what its replayed history disagrees with; empty when every deal agrees. */
    private Map<Integer, List<String>> replayProblems() {
        Map<Integer, CSVRecord> dealRows = new LinkedHashMap<>();
        csv(export.deals(adminActor)).forEach(row -> dealRows.put(Integer.parseInt(row.get("number")), row));
        Map<Integer, List<CSVRecord>> histories = new HashMap<>();
        csv(export.history(adminActor))
                .forEach(row -> histories
                        .computeIfAbsent(Integer.parseInt(row.get("deal")), n -> new ArrayList<>())
                        .add(row));
        Instant now = clock.instant();
        Map<Integer, List<String>> problems = new LinkedHashMap<>();
        dealRows.forEach((number, deal) -> {
            List<String> wrong = new ArrayList<>();
            List<CSVRecord> changes = histories.getOrDefault(number, List.of());
            if (changes.isEmpty() || !changes.get(0).get("field").equals("created")) {
                wrong.add("history does not start with its creation");
            } else if (!instant(changes.get(0).get("at")).equals(instant(deal.get("created_at")))) {
                wrong.add("created at " + deal.get("created_at") + ", history says "
                        + changes.get(0).get("at"));
            }
            Map<String, String> replayed = new HashMap<>();
            Instant previous = Instant.MIN;
            for (CSVRecord change : changes) {
                Instant at = instant(change.get("at"));
                if (at.isBefore(previous) || at.isAfter(now)) {
                    wrong.add(change.get("field") + " at " + at + " is out of order or in the future");
                }
                previous = at;
                String column = COLUMN_OF.get(change.get("field"));
                if (column == null) {
                    continue;
                }
                if (!change.get("field").equals("created")
                        && replayed.containsKey(column)
                        && !same(column, replayed.get(column), change.get("from"))) {
                    wrong.add("%s changed from %s, but it was %s"
                            .formatted(change.get("field"), change.get("from"), replayed.get(column)));
                }
                replayed.put(column, change.get("to"));
            }
            replayed.forEach((column, value) -> {
                if (!same(column, value, deal.get(column))) {
                    wrong.add("%s replays to %s, the deal holds %s".formatted(column, value, deal.get(column)));
                }
            });
            if (!changes.isEmpty() && !previous.equals(instant(deal.get("updated_at")))) {
                wrong.add("last change at " + previous + ", deal updated at " + deal.get("updated_at"));
            }
            if (!wrong.isEmpty()) {
                problems.put(number, wrong);
            }
        });
        return problems;
    }

    private static boolean same(String column, String a, String b) {
        String left = a == null || a.isEmpty() ? null : a;
        String right = b == null || b.isEmpty() ? null : b;
        if (column.equals("amount") && left != null && right != null) {
            return new BigDecimal(left).compareTo(new BigDecimal(right)) == 0;
        }
        return Objects.equals(left, right);
    }

    private static Instant instant(String text) {
        return Instant.parse(text);
    }

    private static List<CSVRecord> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(text))
                    .getRecords();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Map<String, Long> countHistory(String sql) {
        return Map.of(
                "n",
                jdbc.queryForObject(
                        sql,
                        Long.class,
                        adminActor.workspaceId(),
                        java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1)))));
    }

    private void tick() {
        clock.advance(Duration.ofHours(5));
    }

    private BotReply run(String line) {
        return runAs(admin, line);
    }

    private BotReply runAs(Caller caller, String line) {
        BotReply reply = gateway.handle(caller, line).reply();
        assertThat(reply).as(line).isNotInstanceOf(BotReply.Error.class);
        return reply;
    }
}
