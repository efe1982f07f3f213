package io.salesbot.discord.render;

import java.util.List;

/**
 * A table as aligned text for a code block. Thai combining marks take no column, so widths count
 * code points that are not combining marks; wide glyphs are not corrected for.
 */
final class MonospaceTable {

    private MonospaceTable() {}

    static String render(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c) == null ? "" : row.get(c);
                out.append(cell);
                if (c < row.size() - 1) {
                    out.append(" ".repeat(widths[c] - width(cell) + 2));
                }
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    static int width(String text) {
        if (text == null) {
            return 0;
        }
        return (int) text.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .count();
    }
}
