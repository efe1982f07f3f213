package io.salesbot.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Keeps caller text from overrunning the fixed-size chart. */
final class Labels {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final String ELLIPSIS = "…";

    private Labels() {}

    /**
     * Cuts text so it is at most {@code maxWidth} pixels wide in {@code font}, ending in "…".
     * Cuts fall on grapheme-cluster boundaries, so Thai vowel and tone marks stay with their
     * consonant and emoji surrogate pairs stay whole. Measuring pixels rather than counting
     * characters matters for Thai, where many characters are zero-width marks.
     */
    static String fit(String text, Font font, double maxWidth) {
        return fit(text, font, maxWidth, false);
    }

    /**
     * Like {@link #fit(String, Font, double)} but cuts out the middle ("Campaign…Q3"): category
     * names often share a long start and differ only at the end, such as a quarter or a number.
     */
    static String fitMiddle(String text, Font font, double maxWidth) {
        return fit(text, font, maxWidth, true);
    }

    private static String fit(String text, Font font, double maxWidth, boolean middle) {
        if (width(text, font) <= maxWidth) {
            return text;
        }
        List<Integer> ends = clusterEnds(text);
        // Binary search for the most clusters that fit together with the ellipsis.
        int low = 0;
        int high = ends.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width(keep(text, ends, mid, middle), font) <= maxWidth) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return keep(text, ends, low, middle);
    }

    // The first `clusters` clusters, or for a middle cut the first and last halves of them.
    private static String keep(String text, List<Integer> ends, int clusters, boolean middle) {
        int head = middle ? (clusters + 1) / 2 : clusters;
        int tail = clusters - head;
        String start = head == 0 ? "" : text.substring(0, ends.get(head - 1));
        String end = tail == 0 ? "" : text.substring(ends.get(ends.size() - tail - 1));
        return start.stripTrailing() + ELLIPSIS + end.stripLeading();
    }

    /** Labels made distinct with " (2)", " (3)"…, so no two categories share one axis slot. */
    static List<String> unique(List<String> labels) {
        List<String> result = new ArrayList<>(labels.size());
        for (String label : labels) {
            String candidate = label;
            for (int n = 2; result.contains(candidate); n++) {
                candidate = label + " (" + n + ")";
            }
            result.add(candidate);
        }
        return result;
    }

    static double width(String text, Font font) {
        return font.getStringBounds(text, FRC).getWidth();
    }

    private static List<Integer> clusterEnds(String text) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        List<Integer> ends = new ArrayList<>();
        for (int end = graphemes.next(); end != BreakIterator.DONE; end = graphemes.next()) {
            ends.add(end);
        }
        return ends;
    }
}
