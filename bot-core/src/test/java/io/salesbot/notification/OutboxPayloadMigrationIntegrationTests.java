package io.salesbot.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesbot.MariaDbTestDatabase;
import io.salesbot.reply.BotReply;
import io.salesbot.reply.DealCardField;
import io.salesbot.reply.Mention;
import io.salesbot.reply.Message;
import io.salesbot.reply.Money;
import io.salesbot.reply.Visibility;
import io.salesbot.workspace.Platform;
import io.salesbot.workspace.WorkspaceSettings;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Rows queued before the payload became JSON: written in the old properties text at schema 6,
 * migrated, then read and worded as the same notifications they were.
 */
class OutboxPayloadMigrationIntegrationTests {

    private static final String DATABASE = MariaDbTestDatabase.NAME + "_v7";
    private static final Instant QUEUED = Instant.parse("2026-03-02T03:00:00Z");
    private static final WorkspaceSettings WORKSPACE =
            new WorkspaceSettings(1, Platform.SLACK, "Acme", "th", false, "THB", ZoneId.of("Asia/Bangkok"));

    private static JdbcTemplate server;
    private static JdbcTemplate jdbc;
    private static Flyway flyway;
    private static long workspaceId;
    private static Map<NotificationKind, OutboxRow> migrated;

    /** The kinds an outbox row could have in the old format: the forecast call, tasks and "my day" came after V7. */
    static final java.util.Set<NotificationKind> KINDS_BEFORE_JSON =
            java.util.EnumSet.complementOf(java.util.EnumSet.of(
                    NotificationKind.CALL, NotificationKind.TASK, NotificationKind.MYDAY, NotificationKind.STALE));

    @BeforeAll
    static void queueOldRowsAndMigrate() {
        server = new JdbcTemplate(new DriverManagerDataSource(
                MariaDbTestDatabase.SERVER_URL, MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD));
        server.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        DriverManagerDataSource database = new DriverManagerDataSource(
                MariaDbTestDatabase.SERVER_URL + DATABASE, MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD);
        jdbc = new JdbcTemplate(database);
        flyway = Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .target("6")
                .load();
        flyway.migrate();

        // given: one row of every kind, as the properties text the old code wrote
        jdbc.update(
                "INSERT INTO workspace (platform, external_id, name, created_at) VALUES ('SLACK', 'T1', 'Acme', ?)",
                Timestamp.from(QUEUED));
        workspaceId = jdbc.queryForObject("SELECT id FROM workspace", Long.class);
        queue(
                NotificationKind.NEW,
                Map.of(
                        "number",
                        "7",
                        "name",
                        "ระบบ ERP",
                        "customer",
                        "บริษัท สยาม",
                        "amount",
                        "1200000.00",
                        "owner",
                        "Ann",
                        "by",
                        "Ann"));
        queue(
                NotificationKind.STAGE,
                Map.of(
                        "number",
                        "7",
                        "name",
                        "ระบบ ERP",
                        "amount",
                        "1200000.00",
                        "owner",
                        "Ann",
                        "by",
                        "Bob",
                        "note",
                        "ลูกค้าขอส่วนลด\nบรรทัดสอง",
                        "from",
                        "Proposal",
                        "fromThai",
                        "เสนอราคา",
                        "to",
                        "Negotiation",
                        "toThai",
                        "Negotiation"));
        queue(
                NotificationKind.WON,
                Map.of("number", "8", "name", "Cloud", "amount", "50000.50", "owner", "Ann", "by", "Ann"));
        queue(
                NotificationKind.LOST,
                Map.of(
                        "number",
                        "9",
                        "name",
                        "CRM",
                        "customer",
                        "Beta",
                        "amount",
                        "0.00",
                        "owner",
                        "Bob",
                        "lostReason",
                        "ราคาสูงไป = \"แพง\""));
        queue(NotificationKind.DIGEST, Map.of("since", "2026-02-23T02:00:00Z"));
        queue(NotificationKind.REMINDER, Map.of("on", "2026-03-02"));
        assertThat(jdbc.queryForObject("SELECT payload FROM outbox WHERE kind = 'NEW'", String.class))
                .contains("name=ระบบ ERP\n");

        // when
        flyway = Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .load();
        flyway.migrate();
        migrated = new EnumMap<>(NotificationKind.class);
        new Outbox(jdbc).failed(workspaceId).forEach(row -> migrated.put(row.kind(), row));
    }

    @AfterAll
    static void dropDatabase() {
        server.execute("DROP DATABASE IF EXISTS " + DATABASE);
    }

    @Test
    void everyOldRowReadsAsTheNoticeItCarried() {
        assertThat(migrated)
                .containsOnlyKeys(KINDS_BEFORE_JSON)
                .allSatisfy((kind, row) -> assertThat(row.attempts()).isEqualTo(3));
        assertThat(migrated.get(NotificationKind.NEW).notice())
                .isEqualTo(new Notice.DealCreated(7, "ระบบ ERP", "บริษัท สยาม", new BigDecimal("1200000.00"), "Ann"));
        assertThat(migrated.get(NotificationKind.STAGE).notice())
                .isEqualTo(new Notice.StageChanged(
                        7,
                        "ระบบ ERP",
                        new Notice.StageName("Proposal", "เสนอราคา"),
                        new Notice.StageName("Negotiation", "Negotiation"),
                        "Bob",
                        "ลูกค้าขอส่วนลด\nบรรทัดสอง"));
        assertThat(migrated.get(NotificationKind.WON).notice())
                .isEqualTo(new Notice.DealWon(8, "Cloud", null, new BigDecimal("50000.50"), "Ann"));
        assertThat(migrated.get(NotificationKind.LOST).notice())
                .isEqualTo(new Notice.DealLost(9, "CRM", "Beta", new BigDecimal("0.00"), "Bob", "ราคาสูงไป = \"แพง\""));
        assertThat(migrated.get(NotificationKind.DIGEST).notice())
                .isEqualTo(new Notice.Digest(Instant.parse("2026-02-23T02:00:00Z")));
        assertThat(migrated.get(NotificationKind.REMINDER).notice())
                .isEqualTo(new Notice.Reminder(LocalDate.parse("2026-03-02")));
    }

    @Test
    void oldDealEventsAreWordedAsBefore() {
        NotificationComposer composer = new NotificationComposer(null, null, null, null, null, null, null);

        assertThat(composer.compose(migrated.get(NotificationKind.NEW), WORKSPACE))
                .isEqualTo(channelText(
                        "notify.new",
                        "7",
                        "ระบบ ERP",
                        "บริษัท สยาม",
                        new Money(new BigDecimal("1200000.00"), "THB"),
                        "Ann"));
        assertThat(composer.compose(migrated.get(NotificationKind.STAGE), WORKSPACE))
                .isEqualTo(channelText(
                        "notify.stage",
                        "7",
                        "ระบบ ERP",
                        Message.of("stage.name", "Proposal", "เสนอราคา"),
                        Message.of("stage.name", "Negotiation", "Negotiation"),
                        "Bob",
                        Message.of("notify.note", "ลูกค้าขอส่วนลด\nบรรทัดสอง")));
        // a notice written before owners' ids and days were captured still reads: the owner by name
        BotReply.DealClosed won = (BotReply.DealClosed) composer.compose(migrated.get(NotificationKind.WON), WORKSPACE);
        assertThat(won.headline()).isEqualTo(Message.of("notify.won.title", "8", "Cloud"));
        assertThat(won.owner()).isEqualTo(new Mention(null, "Ann"));
        assertThat(won.facts())
                .extracting(DealCardField::value)
                .containsExactly(new Money(new BigDecimal("50000.50"), "THB"), null);
        BotReply.DealClosed lost =
                (BotReply.DealClosed) composer.compose(migrated.get(NotificationKind.LOST), WORKSPACE);
        assertThat(lost.headline()).isEqualTo(Message.of("notify.lost.title", "9", "CRM"));
        assertThat(lost.owner()).isEqualTo(new Mention(null, "Bob"));
        assertThat(lost.facts())
                .extracting(DealCardField::value)
                .containsExactly(new Money(new BigDecimal("0.00"), "THB"), "Beta", "ราคาสูงไป = \"แพง\"");
    }

    @Test
    void payloadsAreJsonWithThaiReadableInSql() {
        assertThat(jdbc.queryForObject(
                        "SELECT JSON_VALUE(payload, '$.name') FROM outbox WHERE kind = 'NEW'", String.class))
                .isEqualTo("ระบบ ERP");
        assertThat(jdbc.queryForObject(
                        "SELECT JSON_VALUE(payload, '$.from.thai') FROM outbox WHERE kind = 'STAGE'", String.class))
                .isEqualTo("เสนอราคา");
        assertThat(jdbc.queryForObject("SELECT payload FROM outbox WHERE kind = 'NEW'", String.class))
                .isEqualTo("{\"number\":7,\"name\":\"ระบบ ERP\",\"customer\":\"บริษัท สยาม\",\"amount\":1200000.00,"
                        + "\"owner\":\"Ann\"}");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE JSON_VALID(payload)", Integer.class))
                .isEqualTo(KINDS_BEFORE_JSON.size());
    }

    private static BotReply channelText(String key, Object... args) {
        return new BotReply.Text(Message.of(key, args), Visibility.CHANNEL);
    }

    private static void queue(NotificationKind kind, Map<String, String> facts) {
        jdbc.update(
                """
                INSERT INTO outbox (workspace_id, kind, target_kind, target_id, dedupe_key, payload, status,
                                    attempts, next_attempt_at, created_at)
                VALUES (?, ?, 'CHANNEL', 'C1', ?, ?, 'FAILED', 3, ?, ?)""",
                workspaceId,
                kind.name(),
                "old:" + kind,
                oldPayload(facts),
                Timestamp.from(QUEUED),
                Timestamp.from(QUEUED));
    }

    /** What the properties-text payload writer stored before the JSON. */
    private static String oldPayload(Map<String, String> facts) {
        Properties properties = new Properties();
        new TreeMap<>(facts).forEach(properties::setProperty);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString().replaceFirst("^#[^\n]*\n", "");
    }
}
