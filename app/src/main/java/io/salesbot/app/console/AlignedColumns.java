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
        int[] widths = widths();
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
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            if (i > 0) {
                line.append(GAP);
            }
            boolean alignRight = i < right.length && right[i];
            line.append(alignRight ? DisplayWidth.padLeft(cell, widths[i]) : DisplayWidth.padRight(cell, widths[i]));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String oneLine(String cell) {
        return cell == null ? "" : cell.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
