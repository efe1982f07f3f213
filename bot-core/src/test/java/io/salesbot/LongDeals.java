package io.salesbot;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a deal's product lines and history straight into the tables, the way data from before a
 * limit (or another tool) would sit there: adapter tests use it to show what a deal with more
 * lines or changes than anyone would type still looks like on each platform.
 */
public final class LongDeals {

    private LongDeals() {}

    /** Adds {@code count} lines after the deal's last one, each with a name and a note of the given lengths. */
    public static void addLines(JdbcTemplate jdbc, long dealId, int count, int nameLength, int noteLength) {
        long workspace = workspaceOf(jdbc, dealId);
        Integer last = jdbc.queryForObject(
                "SELECT COALESCE(MAX(line_number), 0) FROM opportunity_line WHERE opportunity_id = ?",
                Integer.class,
                dealId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int number = last + i;
            rows.add(new Object[] {
                workspace, dealId, number, text("Product " + number + " ", nameLength), text("note ", noteLength)
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO opportunity_line (workspace_id, opportunity_id, line_number, product_name, quantity,"
                        + " unit_price, discount_percent, add_on, description) VALUES (?, ?, ?, ?, 3, 1234.5, 10,"
                        + " FALSE, ?)",
                rows);
    }

    /** Adds {@code count} note changes by the deal's owner, each note of the given length. */
    public static void addChanges(JdbcTemplate jdbc, long dealId, int count, int noteLength) {
        long workspace = workspaceOf(jdbc, dealId);
        long owner = jdbc.queryForObject("SELECT owner_id FROM opportunity WHERE id = ?", Long.class, dealId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new Object[] {
                workspace, dealId, "Stage " + i, "Stage " + (i + 1), owner, i, text("change ", noteLength)
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO opportunity_change (workspace_id, opportunity_id, field, from_value, to_value, member_id,"
                        + " platform, changed_at, note) VALUES (?, ?, 'STAGE', ?, ?, ?, 'SLACK',"
                        + " TIMESTAMPADD(SECOND, ?, '2026-01-01 00:00:00'), ?)",
                rows);
    }

    /** The id of the deal with this number in the workspace of this platform id. */
    public static long dealId(JdbcTemplate jdbc, String workspaceExternalId, int number) {
        return jdbc.queryForObject(
                "SELECT o.id FROM opportunity o JOIN workspace w ON w.id = o.workspace_id"
                        + " WHERE w.external_id = ? AND o.number = ?",
                Long.class,
                workspaceExternalId,
                number);
    }

    /** Thai and Latin text of exactly {@code length} characters, starting with {@code start}. */
    public static String text(String start, int length) {
        StringBuilder text = new StringBuilder(start);
        String filler = "สินค้าคุณภาพ & <tag> *bold* ";
        while (text.length() < length) {
            text.append(filler);
        }
        return text.substring(0, length);
    }

    private static long workspaceOf(JdbcTemplate jdbc, long dealId) {
        return jdbc.queryForObject("SELECT workspace_id FROM opportunity WHERE id = ?", Long.class, dealId);
    }
}
