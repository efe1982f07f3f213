package io.salesbot.transfer;

import io.salesbot.workspace.Actor;
import io.salesbot.workspace.Role;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a workspace's deals (one row each, products in one readable column) and their history as
 * CSV. The files start with a UTF-8 byte-order mark so Excel shows Thai text, and the deal file's
 * columns are the ones {@link DealCsvImport} reads, so an export can be imported elsewhere. Text a
 * spreadsheet would run as a formula is quoted ({@link SpreadsheetText}); the import unquotes it.
 */
@Service
public class DealCsvExport {

    static final String BOM = "\uFEFF";
    static final List<String> DEAL_COLUMNS = List.of(
            "number",
            "name",
            "customer",
            "type",
            "stage",
            "prob",
            "amount",
            "expected_revenue",
            "close",
            "campaign",
            "source",
            "owner",
            "lost_reason",
            "description",
            "products",
            "created_at",
            "updated_at");

    private final JdbcTemplate jdbc;

    DealCsvExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public byte[] deals(Actor actor) {
        actor.require(Role.MANAGER);
        Map<Long, String> products = products(actor.workspaceId());
        return csv(
                DEAL_COLUMNS,
                printer -> jdbc.query(
                        """
                SELECT o.id, o.number, o.name, o.customer, t.code, s.name, o.probability, o.estimated_revenue,
                       ROUND(o.estimated_revenue * o.probability / 100, 2), o.expected_close_date, c.name, ls.code,
                       m.display_name, o.lost_reason, o.description, o.created_at, o.updated_at
                FROM opportunity o
                JOIN deal_type t ON t.id = o.deal_type_id
                JOIN stage s ON s.id = o.stage_id
                JOIN member m ON m.id = o.owner_id
                LEFT JOIN campaign c ON c.id = o.campaign_id
                LEFT JOIN lead_source ls ON ls.id = o.lead_source_id
                WHERE o.workspace_id = ?
                ORDER BY o.number""",
                        (ResultSet rs) -> {
                            print(
                                    printer,
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getInt(7),
                                    new PlainNumber(rs.getBigDecimal(8)),
                                    new PlainNumber(rs.getBigDecimal(9)),
                                    rs.getString(10),
                                    rs.getString(11),
                                    rs.getString(12),
                                    rs.getString(13),
                                    rs.getString(14),
                                    rs.getString(15),
                                    products.get(rs.getLong(1)),
                                    rs.getTimestamp(16).toInstant(),
                                    rs.getTimestamp(17).toInstant());
                        },
                        actor.workspaceId()));
    }

    @Transactional(readOnly = true)
    public byte[] history(Actor actor) {
        actor.require(Role.MANAGER);
        return csv(
                List.of("deal", "deal_name", "field", "from", "to", "who", "platform", "at", "note"),
                printer -> jdbc.query(
                        """
                        SELECT o.number, o.name, h.field, h.from_value, h.to_value, m.display_name, h.platform,
                               h.changed_at, h.note
                        FROM opportunity_change h
                        JOIN opportunity o ON o.id = h.opportunity_id
                        JOIN member m ON m.id = h.member_id
                        WHERE h.workspace_id = ?
                        ORDER BY o.number, h.changed_at, h.id""",
                        (ResultSet rs) -> {
                            print(
                                    printer,
                                    rs.getInt(1),
                                    rs.getString(2),
                                    rs.getString(3).toLowerCase(),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7).toLowerCase(),
                                    rs.getTimestamp(8).toInstant(),
                                    rs.getString(9));
                        },
                        actor.workspaceId()));
    }

    /** "ERP licence × 10 @ 12000.00 −10.00%; Training × 1 @ 25000.00 (add-on)" per deal id. */
    private Map<Long, String> products(long workspaceId) {
        Map<Long, StringJoiner> lines = new HashMap<>();
        jdbc.query(
                """
                SELECT opportunity_id, product_name, quantity, unit_price, discount_percent, add_on
                FROM opportunity_line WHERE workspace_id = ? ORDER BY opportunity_id, line_number""",
                (ResultSet rs) -> {
                    String line = "%s × %s @ %s%s%s"
                            .formatted(
                                    rs.getString(2),
                                    rs.getBigDecimal(3).stripTrailingZeros().toPlainString(),
                                    rs.getBigDecimal(4).toPlainString(),
                                    rs.getBigDecimal(5).signum() == 0
                                            ? ""
                                            : " −" + rs.getBigDecimal(5).toPlainString() + "%",
                                    rs.getBoolean(6) ? " (add-on)" : "");
                    lines.computeIfAbsent(rs.getLong(1), id -> new StringJoiner("; "))
                            .add(line);
                },
                workspaceId);
        Map<Long, String> joined = new HashMap<>();
        lines.forEach((id, line) -> joined.put(id, line.toString()));
        return joined;
    }

    private static byte[] csv(List<String> header, RowWriter rows) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter printer = CSVFormat.EXCEL
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(out)) {
            rows.write(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Prints a row. Every text cell goes through {@link SpreadsheetText#protect}: names, stages,
     * owners, reasons, notes, products and history values are typed by people (or by a chat
     * platform's profile). Numbers, dates and times print as they are: amounts and probabilities
     * are never negative (Money, Probability), so none of them starts with {@code -}.
     */
    private static void print(CSVPrinter printer, Object... values) throws SQLException {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] instanceof String text ? SpreadsheetText.protect(text) : values[i];
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An amount as digits ({@code 1200000.50}, never {@code 1.2E+6}); a number, so not quoted. */
    private record PlainNumber(BigDecimal value) {

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(CSVPrinter printer) throws IOException;
    }
}
