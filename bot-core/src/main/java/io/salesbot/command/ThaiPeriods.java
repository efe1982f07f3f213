package io.salesbot.command;

import io.salesbot.values.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Thai readers see a quarter as {@code ไตรมาส 4/2569} and a month as {@code ธ.ค. 2569}: one
 * period written as two words. Typed back on a line, the two words are read as one, so that every
 * command taking a period reads it wherever it stands ({@code /forecast ไตรมาส 4/2569 @malee}).
 */
public final class ThaiPeriods {

    /** Thai month abbreviations, January first, as Thai readers see them. */
    public static final List<String> MONTHS =
            List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");

    private static final Pattern QUARTER_WORD = Pattern.compile("ไตรมาส(?:ที่)?");
    private static final Pattern QUARTER_REST = Pattern.compile("[1-4] ?/ ?\\d{4}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private ThaiPeriods() {}

    /** The tokens with each two-word Thai period joined into one word. */
    static List<Token> joined(List<Token> tokens) {
        List<Token> joined = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (i + 1 < tokens.size()
                    && tokens.get(i) instanceof Token.Word first
                    && tokens.get(i + 1) instanceof Token.Word second
                    && isSplitPeriod(first.text(), second.text())) {
                joined.add(new Token.Word(first.text() + " " + second.text()));
                i++;
            } else {
                joined.add(tokens.get(i));
            }
        }
        return joined;
    }

    private static boolean isSplitPeriod(String first, String second) {
        return (QUARTER_WORD.matcher(first).matches()
                        && QUARTER_REST.matcher(second).matches())
                || (MONTHS.contains(first) && YEAR.matcher(second).matches());
    }
}
