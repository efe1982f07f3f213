package io.salesbot.reply;

/**
 * File names for uploads. A name can carry people's text (an export named after a choice, later a
 * campaign), and a platform shows it and offers it to save: no path separators, control or
 * formatting characters, no leading dot, and a length every platform and file system takes.
 */
public final class FileNames {

    static final int MAX = 100;

    private FileNames() {}

    /** The name as it is when already safe; otherwise with each unsafe character made a {@code _}. */
    public static String safe(String name) {
        StringBuilder out = new StringBuilder();
        String given = name == null ? "" : name.strip();
        given.codePoints().forEach(cp -> out.appendCodePoint(allowed(cp) ? cp : '_'));
        String cleaned = out.toString().replaceAll("_{2,}", "_").replaceFirst("^[._]+", "");
        if (cleaned.isEmpty() || cleaned.startsWith("-")) {
            cleaned = "file" + (cleaned.isEmpty() ? "" : cleaned);
        }
        return shorten(cleaned);
    }

    private static boolean allowed(int cp) {
        if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
            return true; // Thai vowels and tone marks are non-spacing marks
        }
        return cp == '.' || cp == '-' || cp == '_';
    }

    /** Cut to {@link #MAX} characters, keeping the extension, never inside a surrogate pair. */
    private static String shorten(String name) {
        if (name.length() <= MAX) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int end = MAX - extension.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end) + extension;
    }
}
