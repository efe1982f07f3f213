package io.salesbot.discord.render;

import io.salesbot.reply.Markup;

/**
 * How people's text is written into Discord's markdown (message content, embed titles,
 * descriptions and field values) so that it shows as typed: every markdown character is escaped
 * with a backslash (Discord drops the backslash and shows the character), so {@code
 * [Click me](https://…)} is no masked link, {@code <@123>}, {@code <#1>} and {@code @everyone} no
 * mention, and {@code **}, {@code ||}, {@code # } or {@code -# } at a line start change nothing.
 * Inside a code span only a backtick could end it, so it becomes a look-alike.
 *
 * <p>Escaping is for showing; pinging is stopped by every message's {@code allowed_mentions} (see
 * {@link Rendered}). Plain-text places (embed footers, buttons, menu options, modal titles and
 * labels, autocomplete choices) are not markdown and take people's text as it is.
 */
public enum DiscordMarkup implements Markup {

    /** Discord markdown: message content, embed titles, descriptions and field values. */
    MARKDOWN {
        @Override
        public String text(String people) {
            return escape(people);
        }

        @Override
        public String code(String people) {
            return inCode(people);
        }
    },

    /** Inside a {@code ```} block (tables): a backtick could end it, a line break would break the row. */
    CODE_BLOCK {
        @Override
        public String text(String people) {
            return inCode(people);
        }

        @Override
        public String code(String people) {
            return inCode(people);
        }
    };

    /** Characters that mean something in Discord markdown anywhere in a line. */
    private static final String SPECIAL = "\\*_~`|<>#[]@";

    /** People's text as Discord markdown that shows exactly it. */
    public static String escape(String people) {
        if (people == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(people.length() + 16);
        boolean lineStart = true; // people's text may land at the start of a line: assume it does
        for (int i = 0; i < people.length(); i++) {
            char c = people.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(c);
                lineStart = true;
                continue;
            }
            if (lineStart && (c == ' ' || c == '\t')) {
                out.append(c);
                continue;
            }
            if (lineStart) {
                lineStart = false;
                int digits = i;
                while (digits < people.length() && Character.isDigit(people.charAt(digits))) {
                    digits++;
                }
                if (digits > i
                        && digits < people.length()
                        && (people.charAt(digits) == '.' || people.charAt(digits) == ')')) {
                    // "1. item" would start a numbered list.
                    out.append(people, i, digits).append('\\').append(people.charAt(digits));
                    i = digits;
                    continue;
                }
                if (c == '-' || c == '+') {
                    out.append('\\'); // "- item", "-# small text"
                }
            }
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** People's text inside a code span or block: no backtick to end it, no line break. */
    public static String inCode(String people) {
        return people == null
                ? ""
                : people.replace('`', 'ˋ')
                        .replace("\r\n", " ")
                        .replace('\n', ' ')
                        .replace('\r', ' ');
    }
}
