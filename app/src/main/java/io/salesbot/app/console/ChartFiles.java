package io.salesbot.app.console;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Saves chart PNGs as {@code <dir>/<slug>-<yyyyMMdd-HHmmss>.png}, creating the folder; a second
 * chart of the same name in the same second gets {@code -2}, {@code -3}, so none is overwritten.
 */
final class ChartFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int MAX_SLUG = 40;

    private final Path directory;
    private final Clock clock;

    ChartFiles(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    Path save(byte[] png, String title, ZoneId zone) throws IOException {
        Files.createDirectories(directory);
        String base = slug(title) + "-" + STAMP.format(clock.instant().atZone(zone));
        for (int attempt = 1; ; attempt++) {
            Path file = directory.resolve(base + (attempt == 1 ? "" : "-" + attempt) + ".png");
            try {
                // CREATE_NEW makes the name check and the write one step, even with two sessions.
                return Files.write(file, png, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                // try the next suffix
            }
        }
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX_SLUG) {
            ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "chart" : ascii;
    }
}
