package io.salesbot.transfer;

import io.salesbot.common.InvalidInputException;
import io.salesbot.common.SalesbotException;
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
import java.util.Comparator;
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

/**
 * Imports deals from a spreadsheet's CSV, at most {@link ImportLimit#MAX_ROWS} rows. Every row goes
 * through the very rules of {@code /opp new} ({@link OpportunityService#checkAll}) without writing
 * anything; only when no row has a problem (and this is not a dry run) are they created, all in
 * one transaction ({@link OpportunityService#createAll}), so a file is imported whole or not at
 * all. Cells a spreadsheet would run as formulas arrive quoted from our own export and are
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
    private final Clock clock;

    DealCsvImport(OpportunityService deals, WorkspaceService workspaces, Clock clock) {
        this.deals = deals;
        this.workspaces = workspaces;
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
        if (ImportLimit.exceededByRows(rows.size())) {
            Message tooMany = ImportLimit.tooManyRows(rows.size());
            throw new InvalidInputException(
                    "file", tooMany.key(), tooMany.args().toArray());
        }
        if (!header.containsKey("name")) {
            return new ImportReport(
                    rows.size(),
                    List.of(new ImportReport.Problem(1, Message.of("error.import.noName"))),
                    ignored,
                    false);
        }
        Dates dates = new Dates(clock, workspaces.settings(actor).zone());
        List<ImportReport.Problem> problems = new ArrayList<>();
        List<NewDeal> parsed = new ArrayList<>(rows.size());
        List<Integer> rowNumbers = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            try {
                parsed.add(deal(rows.get(i), header, dates));
                rowNumbers.add(i + 2); // as the spreadsheet numbers them: the header is row 1
            } catch (SalesbotException wrong) {
                problems.add(problem(i + 2, wrong));
            }
        }
        problems.addAll(check(actor, parsed, rowNumbers));
        problems.sort(Comparator.comparingLong(ImportReport.Problem::row));
        boolean write = problems.isEmpty() && !dryRun && !rows.isEmpty();
        if (write) {
            try {
                deals.createAll(actor, parsed);
            } catch (SalesbotException changedMeanwhile) {
                // Something the rows name changed since the check (a campaign removed, a member gone):
                // nothing was written; say which rows, as the check would have.
                List<ImportReport.Problem> now = check(actor, parsed, rowNumbers);
                if (now.isEmpty()) {
                    throw changedMeanwhile;
                }
                return new ImportReport(rows.size(), now, ignored, false);
            }
        }
        return new ImportReport(rows.size(), problems, ignored, write);
    }

    private List<ImportReport.Problem> check(Actor actor, List<NewDeal> parsed, List<Integer> rowNumbers) {
        List<SalesbotException> refusals = deals.checkAll(actor, parsed);
        List<ImportReport.Problem> problems = new ArrayList<>();
        for (int i = 0; i < refusals.size(); i++) {
            if (refusals.get(i) != null) {
                problems.add(problem(rowNumbers.get(i), refusals.get(i)));
            }
        }
        return problems;
    }

    private static ImportReport.Problem problem(long row, SalesbotException wrong) {
        return new ImportReport.Problem(
                row, Message.of(wrong.messageKey(), wrong.args().toArray()));
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
