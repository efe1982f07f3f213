package io.salesbot.app.console;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text broken into lines of at most a given number of terminal columns ({@link DisplayWidth}: Thai
 * marks take none, wide characters two), at spaces where it can and inside a word only when the
 * word alone is wider than the line; a mark always stays with the letter it sits on.
 */
final class Wrapped {

    private static final Locale THAI = Locale.forLanguageTag("th");

    private Wrapped() {}

    /** The text's lines, each no wider than {@code width} (at least 1). */
    static List<String> lines(String text, int width) {
        return lines(text, width, true);
    }

    /**
     * The text's lines, no wider than {@code width} except, when {@code cutWords} is false, for a
     * word wider than a line on its own (a file path stays whole, to be copied).
     */
    static List<String> lines(String text, int width, boolean cutWords) {
        int max = Math.max(1, width);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String word : text.strip().split(" +")) {
            int wordWidth = DisplayWidth.of(word);
            if (lineWidth > 0 && lineWidth + 1 + wordWidth <= max) {
                line.append(' ').append(word);
                lineWidth += 1 + wordWidth;
                continue;
            }
            if (lineWidth > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            for (String piece : cutWords ? pieces(word, max) : List.of(word)) {
                if (lineWidth > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(piece);
                lineWidth = DisplayWidth.of(piece);
            }
        }
        if (lineWidth > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Every line of {@code text} no wider than {@code width}: a longer line is wrapped, its
     * continuation lines indented as far as the line itself plus two, so they read as one item. A
     * word longer than a line (a file path) is not cut.
     */
    static String text(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (DisplayWidth.of(line) <= width) {
                out.append(line);
                continue;
            }
            String indent =
                    line.substring(0, line.length() - line.stripLeading().length());
            String hanging = indent + "  ";
            List<String> parts = lines(line.strip(), width - DisplayWidth.of(hanging), false);
            out.append(indent).append(parts.get(0));
            for (String part : parts.subList(1, parts.size())) {
                out.append('\n').append(hanging).append(part);
            }
        }
        return out.toString();
    }

    /**
     * A word cut into pieces no wider than {@code width}: between words where the text has them
     * without spaces (Thai, found by the JDK's Thai dictionary), else between letters, never between
     * a letter and its marks.
     */
    private static List<String> pieces(String word, int width) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int pieceWidth = 0;
        for (String run : runs(word)) {
            int runWidth = DisplayWidth.of(run);
            if (pieceWidth > 0 && pieceWidth + runWidth > width) {
                pieces.add(piece.toString());
                piece.setLength(0);
                pieceWidth = 0;
            }
            if (runWidth <= width) {
                piece.append(run);
                pieceWidth += runWidth;
                continue;
            }
            List<String> cut = letters(run, width);
            pieces.addAll(cut.subList(0, cut.size() - 1));
            piece.append(cut.get(cut.size() - 1));
            pieceWidth = DisplayWidth.of(cut.get(cut.size() - 1));
        }
        pieces.add(piece.toString());
        return pieces;
    }

    /** The word's runs between word boundaries: one run for a Latin word, several for Thai text. */
    private static List<String> runs(String word) {
        BreakIterator boundaries = BreakIterator.getWordInstance(THAI);
        boundaries.setText(word);
        List<String> runs = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            runs.add(word.substring(start, end));
        }
        return runs.isEmpty() ? List.of(word) : runs;
    }

    /** A run cut into pieces no wider than {@code width}, never between a letter and its marks. */
    private static List<String> letters(String word, int width) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int pieceWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            int w = DisplayWidth.of(codePoint);
            if (w > 0 && pieceWidth + w > width && pieceWidth > 0) {
                pieces.add(piece.toString());
                piece.setLength(0);
                pieceWidth = 0;
            }
            piece.appendCodePoint(codePoint);
            pieceWidth += w;
            i += Character.charCount(codePoint);
        }
        pieces.add(piece.toString());
        return pieces;
    }
}
