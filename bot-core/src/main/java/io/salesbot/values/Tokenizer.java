package io.salesbot.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Splits a command line into words and key:value options.
 *
 * <p>Contract:
 * <ul>
 *   <li>Words are separated by any whitespace (tabs, NBSP, ideographic space...); zero-width
 *       spaces are ignored.</li>
 *   <li>A token starting with a quote is one word up to the matching closing quote. Straight
 *       {@code "} / {@code '} and the curly {@code “ ”} / {@code ‘ ’} that Slack, macOS and iOS
 *       substitute are accepted, in any mix within a family (double or single). A quote only
 *       closes when followed by whitespace or the end, so {@code 'Sam's deal'} is one word.
 *       Inside quotes, {@code \"} (any quote) and {@code \\} are escapes, whitespace collapses
 *       to single spaces and the ends are trimmed. An unclosed quote takes the rest of the line.</li>
 *   <li>{@code key:value} is an {@link Token.Option} when key is ASCII letters, '_' or '-',
 *       starting with a letter; it is lower-cased. The value may be quoted ({@code campaign:"Expo 2026"})
 *       or empty ({@code key:}). {@code 10:30}, {@code :smile:}, {@code https://x} and Thai
 *       keys stay words, as does a quoted {@code "amount:5"}.</li>
 *   <li>Quotes in the middle of a word are literal ({@code O'Brien}, {@code 5"}).</li>
 * </ul>
 * Never throws except {@link NullPointerException} for a null line; linear in the line length.
 */
public final class Tokenizer {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z_-]*");
    private static final String DOUBLE_QUOTES = "\"“”";
    private static final String SINGLE_QUOTES = "'‘’";

    private Tokenizer() {}

    /**
     * @param line the command line, without the bot mention
     * @return the tokens in order, unmodifiable
     */
    public static List<Token> tokenize(String line) {
        Objects.requireNonNull(line, "line");
        // Invisible characters must not split, join or become words, so they go first.
        line = visible(line);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (true) {
            i = skipSpace(line, i);
            if (i >= line.length()) {
                return List.copyOf(tokens);
            }
            if (isQuote(line.charAt(i))) {
                StringBuilder text = new StringBuilder();
                i = readQuoted(line, i, text);
                tokens.add(new Token.Word(text.toString()));
                continue;
            }
            int end = i;
            while (end < line.length() && !RawInput.isSpace(line.charAt(end))) {
                end++;
            }
            i = readBare(line, i, end, tokens);
        }
    }

    // Adds a Word or Option for the unquoted token [start, end); returns where to continue.
    private static int readBare(String line, int start, int end, List<Token> tokens) {
        String bare = line.substring(start, end);
        int colon = bare.indexOf(':');
        // "https://x" is a link, not an option named https.
        if (colon < 0 || !KEY.matcher(bare.substring(0, colon)).matches() || bare.startsWith("//", colon + 1)) {
            tokens.add(new Token.Word(bare));
            return end;
        }
        String key = bare.substring(0, colon).toLowerCase(Locale.ROOT);
        int valueStart = start + colon + 1;
        if (valueStart < line.length() && isQuote(line.charAt(valueStart))) {
            StringBuilder value = new StringBuilder();
            int next = readQuoted(line, valueStart, value);
            tokens.add(new Token.Option(key, value.toString()));
            return next;
        }
        tokens.add(new Token.Option(key, bare.substring(colon + 1)));
        return end;
    }

    // Reads a quoted word opened at 'open' into 'out'; returns the index after the closing quote.
    private static int readQuoted(String line, int open, StringBuilder out) {
        String family = DOUBLE_QUOTES.indexOf(line.charAt(open)) >= 0 ? DOUBLE_QUOTES : SINGLE_QUOTES;
        int i = open + 1;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean last = i + 1 == line.length();
            if (c == '\\' && !last && (isQuote(line.charAt(i + 1)) || line.charAt(i + 1) == '\\')) {
                out.append(line.charAt(++i));
            } else if (family.indexOf(c) >= 0 && (last || RawInput.isSpace(line.charAt(i + 1)))) {
                i++;
                break;
            } else if (RawInput.isSpace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        // Collapsing already dropped leading spaces; a trailing one may remain.
        if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        return i;
    }

    private static int skipSpace(String line, int i) {
        while (i < line.length() && RawInput.isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isQuote(char c) {
        return DOUBLE_QUOTES.indexOf(c) >= 0 || SINGLE_QUOTES.indexOf(c) >= 0;
    }

    private static String visible(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!RawInput.isZeroWidth(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
