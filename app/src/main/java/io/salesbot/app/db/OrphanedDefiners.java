package io.salesbot.app.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the app's account the stored programs that an earlier version created while its server ran
 * without grant tables. Those recorded the definer {@code ''@''}, an account that no longer exists
 * (anonymous accounts are removed), so every trigger and procedure call would fail with "The user
 * specified as a definer does not exist". Each is recreated as it was, minus the definer, by the
 * app's account, which becomes the definer.
 *
 * <p>Runs at every start and finds nothing once done, so a run stopped half-way finishes the next
 * time. CREATE OR REPLACE TRIGGER moves a trigger behind the others on the same table and event;
 * recreating them in their order keeps that order, also across a run stopped half-way.
 */
final class OrphanedDefiners {

    private static final Logger log = LoggerFactory.getLogger(OrphanedDefiners.class);

    /** How information_schema shows the definer {@code ''@''}. */
    private static final String ORPHAN = "@";

    private static final Pattern DEFINER_CLAUSE = Pattern.compile(
            "^\\s*CREATE\\s+(.*?)DEFINER\\s*=\\s*(`[^`]*`(@`[^`]*`)?|'[^']*'(@'[^']*')?|\\S+)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private OrphanedDefiners() {}

    /** Recreates every orphaned trigger, routine and view of the current database; returns how many. */
    static int reassign(Connection c) throws SQLException {
        String sessionMode;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT @@SESSION.sql_mode")) {
            rs.next();
            sessionMode = rs.getString(1);
        }
        int count = 0;
        for (String[] routine : names(
                c,
                "SELECT ROUTINE_TYPE, ROUTINE_NAME FROM information_schema.ROUTINES"
                        + " WHERE ROUTINE_SCHEMA = DATABASE() AND DEFINER = ? ORDER BY ROUTINE_NAME")) {
            count += recreate(c, "SHOW CREATE " + routine[0] + " " + quote(routine[1]), 3, 2, sessionMode);
        }
        for (String[] trigger : names(
                c,
                "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
                        + " AND DEFINER = ? ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION,"
                        + " ACTION_ORDER")) {
            count += recreate(c, "SHOW CREATE TRIGGER " + quote(trigger[0]), 3, 2, sessionMode);
        }
        for (String[] view : names(
                c,
                "SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND DEFINER = ? ORDER BY TABLE_NAME")) {
            count += recreate(c, "SHOW CREATE VIEW " + quote(view[0]), 2, 0, sessionMode);
        }
        List<String[]> events = names(
                c, "SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE() AND DEFINER = ?");
        if (!events.isEmpty()) {
            log.warn(
                    "{} event(s) have the definer ''@'', which no longer exists; recreate them by hand", events.size());
        }
        if (count > 0) {
            log.info(
                    "Recreated {} trigger(s), routine(s) and view(s) an earlier version left without a definer", count);
        }
        return count;
    }

    /** {@code CREATE DEFINER=`x`@`y` TRIGGER ...} becomes {@code CREATE OR REPLACE TRIGGER ...}. */
    static String withoutDefiner(String create) {
        Matcher m = DEFINER_CLAUSE.matcher(create);
        if (!m.find()) {
            throw new IllegalArgumentException(
                    "No DEFINER clause in: " + create.lines().findFirst().orElse(""));
        }
        return "CREATE OR REPLACE " + m.group(1) + create.substring(m.end());
    }

    private static int recreate(
            Connection c, String showCreate, int createColumn, int sqlModeColumn, String sessionMode)
            throws SQLException {
        String create;
        String sqlMode = sessionMode;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(showCreate)) {
            if (!rs.next() || rs.getString(createColumn) == null) {
                throw new SQLException(showCreate + " returned no definition");
            }
            create = rs.getString(createColumn);
            if (sqlModeColumn > 0) {
                sqlMode = rs.getString(sqlModeColumn);
            }
        }
        // The body was parsed under its own sql_mode (e.g. IGNORE_SPACE) and must be again.
        setSqlMode(c, sqlMode);
        try (Statement s = c.createStatement()) {
            s.setEscapeProcessing(false); // the body is SQL as stored, not JDBC escapes
            s.execute(withoutDefiner(create));
        } finally {
            setSqlMode(c, sessionMode);
        }
        return 1;
    }

    private static void setSqlMode(Connection c, String mode) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SET SESSION sql_mode = ?")) {
            p.setString(1, mode);
            p.execute();
        }
    }

    private static List<String[]> names(Connection c, String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, ORPHAN);
            try (ResultSet rs = p.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
