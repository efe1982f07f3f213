package io.salesbot.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * "Did you mean": the words a typo was probably meant to be. Distance is Damerau-Levenshtein
 * (optimal string alignment: an insertion, deletion, substitution or swap of neighbours costs 1),
 * counted in Unicode code points so Thai vowels and tone marks are letters of their own, on text
 * compared in any case and without spaces, {@code _} or {@code -}. A word of up to four letters
 * may be one edit away, a longer one two; only the closest candidates are offered.
 */
public final class Nearest {

    private static final int MOST = 3;

    private Nearest() {}

    /** The closest of {@code candidates} to {@code typed}, best first; empty when none is close. */
    public static List<String> to(String typed, Collection<String> candidates) {
        return to(typed, candidates, List::of);
    }

    /**
     * The closest of {@code items} to {@code typed}, each item answering to any of its {@code
     * names} (an English and a Thai name, say), best first; empty when none is close.
     */
    public static <T> List<T> to(String typed, Collection<T> items, Function<T, Collection<String>> names) {
        String wanted = normalise(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        int allowed = allowed(wanted);
        int best = Integer.MAX_VALUE;
        List<T> closest = new ArrayList<>();
        String asTyped = typed.strip().toLowerCase(Locale.ROOT);
        for (T item : items) {
            int distance = Integer.MAX_VALUE;
            for (String name : names.apply(item)) {
                String key = normalise(name);
                // "productremove" is "product-remove" at distance 0: offered; the typed word itself is not.
                if (!key.isEmpty() && !name.strip().toLowerCase(Locale.ROOT).equals(asTyped)) {
                    distance = Math.min(distance, distance(wanted, key));
                }
            }
            if (distance > allowed || distance > best) {
                continue;
            }
            if (distance < best) {
                best = distance;
                closest.clear();
            }
            if (!closest.contains(item) && closest.size() < MOST) {
                closest.add(item);
            }
        }
        return List.copyOf(closest);
    }

    /** How many edits a typo of this length may be: one for a short word, two for a longer one. */
    static int allowed(String normalised) {
        int letters = normalised.codePointCount(0, normalised.length());
        return letters <= 4 ? 1 : 2;
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }

    /** Optimal string alignment distance between two texts, in code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }
}
