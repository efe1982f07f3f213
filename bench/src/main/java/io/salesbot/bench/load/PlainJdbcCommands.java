package io.salesbot.bench.load;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The second reference: the database work of each command written by hand in plain JDBC, one
 * connection per command from a Hikari pool the size of the app's, with as many threads as
 * connections. It reads and writes what the app's answer needs and nothing more: who is asking
 * (one join), then for a stage change the deal under its row lock, the update, both history rows
 * (stage and probability), the subscriptions and the outbox row, and the names for the card, in
 * one transaction; for a new deal the next number, the deal and its history row; for show the
 * deal with its names, its lines and the stages. The outbox rows are written due far in the
 * future, so the app's delivery worker leaves them alone: their delivery is not a command's work.
 */
final class PlainJdbcCommands implements CommandTarget, AutoCloseable {

    private static final Pattern NEW_DEAL = Pattern.compile("new \"([^\"]+)\" amount:(\\d+)k customer:\"([^\"]+)\"");
    // The last day a TIMESTAMP column holds, comfortably: due long after the run.
    private static final Timestamp NEVER = Timestamp.from(Instant.parse("2037-12-31T00:00:00Z"));

    private record Caller(long workspace, long member, String role, String name) {}

    private record StageRow(long id, String name, String kind, int probability) {}

    private final DataSource pool;
    private final String team;
    private final ExecutorService threads;

    PlainJdbcCommands(DataSource pool, int threads, String team) {
        this.pool = pool;
        this.team = team;
        this.threads = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "plain-jdbc");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public String name() {
        return LoadOptions.JDBC;
    }

    @Override
    public CompletableFuture<Outcome> send(CommandMix.Command command) {
        return CompletableFuture.supplyAsync(() -> run(command), threads);
    }

    private Outcome run(CommandMix.Command command) {
        try (Connection connection = pool.getConnection()) {
            Caller caller = caller(connection, command.user());
            return switch (command.kind()) {
                case STAGE -> inTransaction(connection, () -> stage(connection, caller, command));
                case NEW -> inTransaction(connection, () -> create(connection, caller, command.text()));
                case SHOW -> show(connection, caller, command.deal());
            };
        } catch (SQLException e) {
            return Outcome.failed(e.getClass().getSimpleName());
        }
    }

    private Caller caller(Connection connection, String user) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT w.id, w.language, w.currency, w.time_zone, m.id, m.role, m.display_name
                FROM workspace w JOIN member m ON m.workspace_id = w.id AND m.platform_user_id = ?
                WHERE w.platform = 'SLACK' AND w.external_id = ?""")) {
            select.setString(1, user);
            select.setString(2, team);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("unknown user " + user);
                }
                return new Caller(row.getLong(1), row.getLong(5), row.getString(6), row.getString(7));
            }
        }
    }

    private Outcome stage(Connection connection, Caller caller, CommandMix.Command command) throws SQLException {
        List<StageRow> stages = stages(connection, caller.workspace());
        StageRow target = stages.stream()
                .filter(stage -> typed(stage.name()).startsWith(command.stage()))
                .findFirst()
                .orElseThrow(() -> new SQLException("unknown stage " + command.stage()));
        long id;
        long owner;
        long type;
        String from;
        int probability;
        // The deal's row alone: FOR UPDATE on a join would lock the stage's row as well, and a new
        // deal's foreign key check on that stage would then deadlock with this change.
        try (PreparedStatement lock = connection.prepareStatement("""
                SELECT id, owner_id, stage_kind, probability, deal_type_id, stage_id
                FROM opportunity WHERE workspace_id = ? AND number = ? FOR UPDATE""")) {
            lock.setLong(1, caller.workspace());
            lock.setInt(2, command.deal());
            try (ResultSet deal = lock.executeQuery()) {
                if (!deal.next()) {
                    return Outcome.failed("no such deal");
                }
                id = deal.getLong(1);
                owner = deal.getLong(2);
                probability = deal.getInt(4);
                type = deal.getLong(5);
                long current = deal.getLong(6);
                from = stages.stream()
                        .filter(stage -> stage.id() == current)
                        .map(StageRow::name)
                        .findFirst()
                        .orElse("?");
                if (!deal.getString(3).equals("OPEN") || current == target.id()) {
                    return Outcome.failed("deal closed or already in that stage");
                }
            }
        }
        if (owner != caller.member() && caller.role().equals("REP")) {
            return Outcome.failed("not the owner");
        }
        Timestamp now = Timestamp.from(Instant.now());
        update(connection, """
                UPDATE opportunity SET stage_id = ?, stage_kind = ?, probability = ?, updated_at = ?, version = version + 1
                WHERE id = ?""", target.id(), target.kind(), target.probability(), now, id);
        update(
                connection,
                """
                INSERT INTO opportunity_change (workspace_id, opportunity_id, field, from_value, to_value, member_id,
                                                platform, changed_at)
                VALUES (?, ?, 'STAGE', ?, ?, ?, 'SLACK', ?), (?, ?, 'PROBABILITY', ?, ?, ?, 'SLACK', ?)""",
                caller.workspace(),
                id,
                from,
                target.name(),
                caller.member(),
                now,
                caller.workspace(),
                id,
                String.valueOf(probability),
                String.valueOf(target.probability()),
                caller.member(),
                now);
        for (String channel : channelsHearing(connection, caller.workspace(), "stage")) {
            update(
                    connection,
                    """
                    INSERT INTO outbox (workspace_id, kind, target_kind, target_id, dedupe_key, payload, status,
                                        attempts, next_attempt_at, created_at)
                    VALUES (?, 'STAGE', 'CHANNEL', ?, ?,
                            JSON_OBJECT('number', ?, 'from', JSON_OBJECT('name', ?), 'to', JSON_OBJECT('name', ?),
                                        'by', ?),
                            'PENDING', 0, ?, ?)""",
                    caller.workspace(),
                    channel,
                    "jdbc:" + id + ":" + now.getTime() + ":" + System.nanoTime() + ":" + channel,
                    command.deal(),
                    from,
                    target.name(),
                    caller.name(),
                    NEVER,
                    now);
        }
        names(connection, owner, type);
        return Outcome.OK;
    }

    private Outcome create(Connection connection, Caller caller, String text) throws SQLException {
        Matcher typed = NEW_DEAL.matcher(text);
        if (!typed.matches()) {
            return Outcome.failed("unreadable new deal");
        }
        StageRow first = stages(connection, caller.workspace()).get(0);
        long type;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM deal_type WHERE workspace_id = ? AND code = 'new_customer'")) {
            select.setLong(1, caller.workspace());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                type = row.getLong(1);
            }
        }
        update(
                connection,
                "UPDATE workspace_counter SET last_deal_number = last_deal_number + 1 WHERE workspace_id = ?",
                caller.workspace());
        int number;
        try (PreparedStatement select =
                connection.prepareStatement("SELECT last_deal_number FROM workspace_counter WHERE workspace_id = ?")) {
            select.setLong(1, caller.workspace());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                number = row.getInt(1);
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO opportunity (workspace_id, number, name, customer, deal_type_id, stage_id, stage_kind,
                                         probability, estimated_revenue, amount_explicit, owner_id, version,
                                         created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 0, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            bind(
                    insert,
                    caller.workspace(),
                    number,
                    typed.group(1),
                    typed.group(3),
                    type,
                    first.id(),
                    first.kind(),
                    first.probability(),
                    new BigDecimal(typed.group(2)).movePointRight(3),
                    caller.member(),
                    now,
                    now);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                id = key.getLong(1);
            }
        }
        update(connection, """
                INSERT INTO opportunity_change (workspace_id, opportunity_id, field, to_value, member_id, platform,
                                                changed_at)
                VALUES (?, ?, 'CREATED', ?, ?, 'SLACK', ?)""", caller.workspace(), id, first.name(), caller.member(), now);
        channelsHearing(connection, caller.workspace(), "new");
        return Outcome.OK;
    }

    private Outcome show(Connection connection, Caller caller, int number) throws SQLException {
        long id;
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT o.id, o.name, o.customer, o.estimated_revenue, o.probability, o.expected_close_date,
                       o.version, s.name, s.kind, t.code, m.display_name
                FROM opportunity o JOIN stage s ON s.id = o.stage_id JOIN deal_type t ON t.id = o.deal_type_id
                JOIN member m ON m.id = o.owner_id
                WHERE o.workspace_id = ? AND o.number = ?""")) {
            select.setLong(1, caller.workspace());
            select.setInt(2, number);
            try (ResultSet deal = select.executeQuery()) {
                if (!deal.next()) {
                    return Outcome.failed("no such deal");
                }
                id = deal.getLong(1);
            }
        }
        try (PreparedStatement lines = connection.prepareStatement("""
                SELECT line_number, product_name, quantity, unit_price, discount_percent, add_on
                FROM opportunity_line WHERE opportunity_id = ? ORDER BY line_number""")) {
            lines.setLong(1, id);
            try (ResultSet rows = lines.executeQuery()) {
                while (rows.next()) {
                    rows.getString(2);
                }
            }
        }
        // The card's "next stage" button needs the stage after the deal's.
        stages(connection, caller.workspace());
        return Outcome.OK;
    }

    private static List<StageRow> stages(Connection connection, long workspace) throws SQLException {
        List<StageRow> stages = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, kind, default_probability FROM stage WHERE workspace_id = ? ORDER BY position")) {
            select.setLong(1, workspace);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    stages.add(new StageRow(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4)));
                }
            }
        }
        return stages;
    }

    private static List<String> channelsHearing(Connection connection, long workspace, String event)
            throws SQLException {
        List<String> channels = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT channel_id, events FROM channel_subscription WHERE workspace_id = ? ORDER BY channel_id")) {
            select.setLong(1, workspace);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (List.of(row.getString(2).split(",")).contains(event)) {
                        channels.add(row.getString(1));
                    }
                }
            }
        }
        return channels;
    }

    private static void names(Connection connection, long member, long type) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT m.display_name, t.code FROM member m JOIN deal_type t ON t.id = ? WHERE m.id = ?")) {
            select.setLong(1, type);
            select.setLong(2, member);
            try (ResultSet row = select.executeQuery()) {
                row.next();
            }
        }
    }

    private static String typed(String stageName) {
        return stageName.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    @FunctionalInterface
    private interface Work {
        Outcome run() throws SQLException;
    }

    private static Outcome inTransaction(Connection connection, Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            Outcome outcome = work.run();
            if (outcome.ok()) {
                connection.commit();
            } else {
                connection.rollback();
            }
            return outcome;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
