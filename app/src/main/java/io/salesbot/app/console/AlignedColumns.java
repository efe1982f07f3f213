package io.salesbot.app.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells laid out in columns that line up on a terminal, the layout every console renderer
 * uses (a table reply in {@link TableText}, a deal card's fields and lines, a chart's numbers):
 * widths are counted in display columns ({@link DisplayWidth}), so Thai and emoji cells do not push
 * the next column out of line. Right-aligned columns suit numbers and amounts. Without headers it is
 * a two-column list.
 */
final class AlignedColumns {

    private static final String GAP = "  ";
    private static final String HANGING = "  ";
    // A text column is never narrowed below this many columns, however wide the table.
    private static final int NARROWEST = 12;
    private static final int UNLIMITED = Integer.MAX_VALUE / 2;

    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    AlignedColumns(List<String> headers, boolean... rightAligned) {
        this.headers = headers;
        this.right = rightAligned;
    }

    AlignedColumns add(List<String> cells) {
        rows.add(cells.stream().map(AlignedColumns::oneLine).toList());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table, one line per row, each prefixed with {@code indent}; trailing spaces trimmed. */
    String render(String indent) {
        return render(indent, UNLIMITED);
    }

    /**
     * The table no wider than {@code maxWidth} columns where it can be: the widest text columns
     * are narrowed (numbers never are) and their cells wrapped onto more lines, continuation lines
     * indented two columns so each row still reads as one.
     */
    String render(String indent, int maxWidth) {
        int[] widths = widths();
        fit(widths, maxWidth - DisplayWidth.of(indent));
        StringBuilder out = new StringBuilder();
        if (!headers.isEmpty()) {
            line(out, indent, headers, widths);
            List<String> rules = new ArrayList<>();
            for (int width : widths) {
                rules.add("-".repeat(width));
            }
            line(out, indent, rules, widths);
        }
        rows.forEach(row -> line(out, indent, row, widths));
        return out.toString().stripTrailing();
    }

    /** Narrows the widest text column, one column at a time, until the row fits or none can give more. */
    private void fit(int[] widths, int available) {
        int room = available - GAP.length() * Math.max(0, widths.length - 1);
        int total = java.util.Arrays.stream(widths).sum();
        while (total > room) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                boolean text = i >= right.length || !right[i];
                if (text && widths[i] > NARROWEST && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return;
            }
            widths[widest]--;
            total--;
        }
    }

    private int[] widths() {
        int columns = headers.size();
        for (List<String> row : rows) {
            columns = Math.max(columns, row.size());
        }
        int[] widths = new int[columns];
        measure(headers, widths);
        rows.forEach(row -> measure(row, widths));
        return widths;
    }

    private static void measure(List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            widths[i] = Math.max(widths[i], DisplayWidth.of(cells.get(i)));
        }
    }

    private void line(StringBuilder out, String indent, List<String> cells, int[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> parts = wrap(i < cells.size() ? cells.get(i) : "", widths[i]);
            wrapped.add(parts);
            height = Math.max(height, parts.size());
        }
        for (int row = 0; row < height; row++) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < widths.length; i++) {
                List<String> parts = wrapped.get(i);
                String cell = row < parts.size() ? parts.get(row) : "";
                if (i > 0) {
                    line.append(GAP);
                }
                boolean alignRight = i < right.length && right[i];
                line.append(
                        alignRight ? DisplayWidth.padLeft(cell, widths[i]) : DisplayWidth.padRight(cell, widths[i]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** The cell's lines in {@code width} columns: itself when it fits, else wrapped with a hanging indent. */
    private static List<String> wrap(String cell, int width) {
        if (DisplayWidth.of(cell) <= width) {
            return List.of(cell);
        }
        List<String> lines = new ArrayList<>(Wrapped.lines(cell, width - HANGING.length()));
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, HANGING + lines.get(i));
        }
        return lines;
    }

    private static String oneLine(String cell) {
        return cell == null ? "" : cell.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
