package db.migration;

import io.salesbot.notification.Notice;
import io.salesbot.notification.NoticeJson;
import io.salesbot.notification.NotificationKind;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Outbox payloads were {@code java.util.Properties} text (Thai as {@code \}{@code uXXXX} escapes,
 * unreadable in SQL); they become the JSON of {@link NoticeJson}, and the column becomes JSON, so
 * MariaDB checks every later value and {@code JSON_VALUE(payload, '$.name')} reads it. Rows of every
 * status are converted, a batch at a time; a row that is JSON already is left alone, so a run cut
 * short can simply run again.
 *
 * <p>This writes through today's codec: should the JSON of a notice ever change, the change gets a
 * migration of its own, and this one a frozen copy of the shape it wrote.
 */
public class V7__Outbox_payload_as_json extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        long after = 0;
        while (after >= 0) {
            after = convertBatch(connection, after);
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER TABLE outbox MODIFY payload JSON NOT NULL");
        }
    }

    /** Converts the rows after id {@code after}; returns the last id seen, or -1 when none was left. */
    private static long convertBatch(Connection connection, long after) throws SQLException, IOException {
        long last = -1;
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, kind, payload FROM outbox WHERE id > ? ORDER BY id LIMIT " + BATCH);
                PreparedStatement update = connection.prepareStatement("UPDATE outbox SET payload = ? WHERE id = ?")) {
            select.setLong(1, after);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    last = rows.getLong("id");
                    String payload = rows.getString("payload");
                    if (!payload.stripLeading().startsWith("{")) {
                        update.setString(
                                1,
                                NoticeJson.write(
                                        notice(NotificationKind.valueOf(rows.getString("kind")), properties(payload))));
                        update.setLong(2, last);
                        update.addBatch();
                    }
                }
            }
            update.executeBatch();
        }
        return last;
    }

    private static Properties properties(String text) throws IOException {
        Properties facts = new Properties();
        facts.load(new StringReader(text));
        return facts;
    }

    /** The notice the old composer read from these facts, with its defaults left to the new one. */
    static Notice notice(NotificationKind kind, Properties facts) {
        int number = Integer.parseInt(facts.getProperty("number", "0"));
        String name = facts.getProperty("name");
        String customer = facts.getProperty("customer");
        BigDecimal amount = decimal(facts.getProperty("amount"));
        String owner = facts.getProperty("owner");
        return switch (kind) {
            case NEW -> new Notice.DealCreated(number, name, customer, amount, owner);
            case STAGE ->
                new Notice.StageChanged(
                        number,
                        name,
                        stage(facts, "from"),
                        stage(facts, "to"),
                        facts.getProperty("by"),
                        facts.getProperty("note"));
            case WON -> new Notice.DealWon(number, name, customer, amount, owner);
            case LOST -> new Notice.DealLost(number, name, customer, amount, owner, facts.getProperty("lostReason"));
            case DIGEST -> new Notice.Digest(Instant.parse(facts.getProperty("since")));
            case REMINDER -> {
                String on = facts.getProperty("on");
                yield new Notice.Reminder(on == null ? null : LocalDate.parse(on));
            }
            // written as JSON from its first day (V10): no row of the old format can hold one
            case CALL -> throw new IllegalStateException("a forecast call notice predates its kind");
            // task reminders came after this migration: no row it converts is one
            case TASK, MYDAY, STALE -> throw new IllegalStateException("no " + kind + " rows before V7");
        };
    }

    private static Notice.StageName stage(Properties facts, String which) {
        String name = facts.getProperty(which);
        return name == null ? null : new Notice.StageName(name, facts.getProperty(which + "Thai"));
    }

    private static BigDecimal decimal(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }
}
