package io.salesbot.app.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedCredentialsTests {

    @TempDir
    Path home;

    @Test
    void hashesPasswordsAsMariaDbsPasswordFunctionDoes() {
        // SELECT PASSWORD('password') on MariaDB
        assertThat(EmbeddedCredentials.nativePasswordHash("password"))
                .isEqualTo("*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19");
    }

    @Test
    void generatesLongRandomPasswordsOfSqlSafeCharacters() {
        String a = EmbeddedCredentials.newPassword();
        assertThat(a).hasSize(32).matches("[A-Za-z0-9_-]+");
        assertThat(EmbeddedCredentials.newPassword()).isNotEqualTo(a);
    }

    @Test
    void createsThePasswordFileForItsOwnerAloneAndReadsItBack() throws Exception {
        MariaDbLayout layout = MariaDbLayout.of(home);
        Files.createDirectories(layout.root());

        EmbeddedCredentials created = EmbeddedCredentials.loadOrCreate(layout);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.passwordFile())))
                .isEqualTo("rw-------");
        assertThat(EmbeddedCredentials.loadOrCreate(layout)).isEqualTo(created);
        assertThat(created.toString()).doesNotContain(created.password());
        try (var siblings = Files.list(layout.root())) {
            assertThat(siblings).as("no temporary file left").containsExactly(layout.passwordFile());
        }
    }

    @Test
    void narrowsAPasswordFileThatWasMadeReadableByOthers() throws Exception {
        MariaDbLayout layout = MariaDbLayout.of(home);
        Files.createDirectories(layout.root());
        EmbeddedCredentials.loadOrCreate(layout);
        Files.setPosixFilePermissions(layout.passwordFile(), PosixFilePermissions.fromString("rw-r--r--"));

        EmbeddedCredentials.loadOrCreate(layout);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.passwordFile())))
                .isEqualTo("rw-------");
    }

    @Test
    void refusesAPasswordFileItDidNotWriteRatherThanPuttingItIntoSql() throws Exception {
        MariaDbLayout layout = MariaDbLayout.of(home);
        Files.createDirectories(layout.root());
        Files.writeString(layout.passwordFile(), "x'; DROP DATABASE salesbot; --");

        assertThatThrownBy(() -> EmbeddedCredentials.loadOrCreate(layout))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("delete it")
                .hasMessageNotContaining("DROP");
    }

    @Test
    void initSqlIsOneBlockThatStopsAtItsFirstErrorAndNeverHoldsThePasswordItself() {
        EmbeddedCredentials credentials = new EmbeddedCredentials(EmbeddedCredentials.newPassword());

        String sql = credentials.initSql();

        // mariadbd reads its init file line by line and carries on after a failed statement: one
        // compound statement on one line makes a failure stop the rest, the app's account included.
        assertThat(sql.lines()).hasSize(1);
        assertThat(sql)
                .startsWith("BEGIN NOT ATOMIC DELETE FROM mysql.global_priv")
                .endsWith("END;\n");
        assertThat(sql)
                .contains("DELETE FROM mysql.global_priv WHERE User = ''")
                .contains("IDENTIFIED BY PASSWORD '" + EmbeddedCredentials.nativePasswordHash(credentials.password()))
                .contains("GRANT ALL PRIVILEGES ON `salesbot`.* TO 'salesbot'@'127.0.0.1'")
                .doesNotContain(credentials.password());
    }
}
