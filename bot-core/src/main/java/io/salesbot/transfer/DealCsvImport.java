package io.salesbot.transfer;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.SalesbotException;
import io.salesbot.opportunity.BulkChanges;
import io.salesbot.opportunity.NewDeal;
import io.salesbot.opportunity.OpportunityService;
import io.salesbot.reply.Message;
import io.salesbot.values.Amounts;
import io.salesbot.values.Dates;
import io.salesbot.values.Probabilities;
import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import io.salesbot.workspace.WorkspaceService;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports deals from a spreadsheet's CSV. Every row first goes through the very rules of {@code
 * /opp new} in a transaction that is always rolled back; only when no row has a problem (and this
 * is not a dry run) are they created, all in one transaction, so a file is imported whole or not
 * at all. Cells a spreadsheet would run as formulas arrive quoted from our own export and are
 * unquoted here ({@link SpreadsheetText}).
 */
@Service
public class DealCsvImport {

    static final Set<String> COLUMNS = Set.of(
            "name",
            "customer",
            "type",
            "stage",
            "prob",
            "amount",
            "close",
            "campaign",
            "source",
            "owner",
            "lost_reason",
            "description");

    private final OpportunityService deals;
    private final WorkspaceService workspaces;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DealCsvImport(
            OpportunityService deals,
            WorkspaceService workspaces,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.deals = deals;
        this.workspaces = workspaces;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public ImportReport run(Actor actor, String csv, boolean dryRun) {
        actor.require(Role.ADMIN);
        List<CSVRecord> records = parse(csv);
        Map<String, Integer> header = header(records.isEmpty() ? null : records.get(0));
        List<String> ignored = header.keySet().stream()
                .filter(column -> !COLUMNS.contains(column))
                .sorted()
                .toList();
        List<CSVRecord> rows = records.isEmpty() ? List.of() : records.subList(1, records.size());
        Dates dates = new Dates(clock, workspaces.settings(actor).zone());
        List<ImportReport.Problem> problems = new ArrayList<>();
        if (!header.containsKey("name")) {
            problems.add(new ImportReport.Problem(1, Message.of("error.import.noName")));
            return new ImportReport(rows.size(), problems, ignored, false);
        }
        transaction.executeWithoutResult(status -> {
            createAll(actor, rows, header, dates, problems);
            status.setRollbackOnly(); // the first pass only checks
        });
        boolean write = problems.isEmpty() && !dryRun && !rows.isEmpty();
        if (write) {
            transaction.executeWithoutResult(
                    status -> BulkChanges.quietly(() -> createAll(actor, rows, header, dates, problems)));
        }
        return new ImportReport(rows.size(), problems, ignored, write && problems.isEmpty());
    }

    private void createAll(
            Actor actor,
            List<CSVRecord> rows,
            Map<String, Integer> header,
            Dates dates,
            List<ImportReport.Problem> problems) {
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            try {
                deals.create(actor, deal(row, header, dates));
            } catch (SalesbotException wrong) {
                problems.add(new ImportReport.Problem(
                        i + 2, Message.of(wrong.messageKey(), wrong.args().toArray())));
            }
        }
    }

    private static NewDeal deal(CSVRecord row, Map<String, Integer> header, Dates dates) {
        Function<String, String> cell = column -> header.containsKey(column) && header.get(column) < row.size()
                ? SpreadsheetText.unprotect(blankToNull(row.get(header.get(column))))
                : null;
        return new NewDeal(
                cell.apply("name"),
                cell.apply("customer"),
                read(cell.apply("amount"), Amounts::parse),
                read(cell.apply("prob"), Probabilities::parse),
                read(cell.apply("close"), dates::parse),
                cell.apply("stage"),
                cell.apply("type"),
                cell.apply("campaign"),
                cell.apply("source"),
                cell.apply("owner"),
                cell.apply("lost_reason"),
                cell.apply("description"));
    }

    private static <T> T read(String raw, Function<String, T> parser) {
        return raw == null ? null : parser.apply(raw);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Column name (lower case, "probability" read as "prob") to its position in the file. */
    private static Map<String, Integer> header(CSVRecord first) {
        Map<String, Integer> columns = new TreeMap<>();
        if (first != null) {
            for (int i = 0; i < first.size(); i++) {
                String key = first.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
                columns.putIfAbsent(key.equals("probability") ? "prob" : key, i);
            }
        }
        return columns;
    }

    private static List<CSVRecord> parse(String csv) {
        String text = csv.startsWith(DealCsvExport.BOM) ? csv.substring(1) : csv;
        try (CSVParser parser =
                CSVFormat.EXCEL.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "error.import.unreadable", e.getMessage());
        }
    }
}
