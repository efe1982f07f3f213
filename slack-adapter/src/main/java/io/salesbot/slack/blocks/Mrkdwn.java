package io.salesbot.slack.blocks;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import io.salesbot.reply.Markup;
import java.util.ArrayList;
import java.util.List;

/** Small Block Kit helpers: escaping people's text and staying inside Slack's size limits. */
public final class Mrkdwn {

    /** Slack refuses a section text above 3000 characters; leave room for escapes. */
    static final int SECTION_LIMIT = 2900;

    private Mrkdwn() {}

    /**
     * How people's text enters our words for Slack. Slack's mrkdwn has no escape character, and
     * what makes links and mentions ({@code <…>}) is taken care of by {@link #escape}, applied once to
     * the whole text where it goes into a field Slack parses. What is left is a backtick inside one
     * of our code spans ({@code `…`}), which would end it: it becomes a look-alike.
     */
    public static final Markup PEOPLE = new Markup() {
        @Override
        public String text(String people) {
            return people;
        }

        @Override
        public String code(String people) {
            return people.replace('`', 'ˋ');
        }
    };

    /**
     * Text typed by people must not turn into links or mentions: Slack wants &, < and > escaped in
     * every mrkdwn text and in a message's top-level {@code text}. Our own words hold no Slack
     * markup of that kind, so the whole text is escaped, once, where it goes into such a field.
     */
    public static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static MarkdownTextObject markdown(String text) {
        return MarkdownTextObject.builder().text(text).build();
    }

    public static PlainTextObject plain(String text, int limit) {
        return PlainTextObject.builder().text(cut(text, limit)).emoji(true).build();
    }

    /**
     * The text, or its start and an ellipsis within {@code limit} characters; never splits an emoji
     * (a surrogate pair) or an escape such as {@code &amp;}.
     */
    public static String cut(String text, int limit) {
        if (text == null || text.isEmpty()) {
            return " ";
        }
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int amp = text.lastIndexOf('&', end - 1);
        if (amp >= 0 && end - amp < 6) {
            int semicolon = text.indexOf(';', amp);
            if (semicolon >= end && semicolon - amp < 6) {
                end = amp;
            }
        }
        return text.substring(0, end) + "…";
    }

    /** Like {@link #cut}, but at the end of a line when one ends in the second half of the room. */
    static String cutAtLine(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int newline = text.lastIndexOf('\n', limit - 2);
        return newline > limit / 2 ? text.substring(0, newline) + "\n…" : cut(text, limit);
    }

    /** One or more sections holding the text, split between lines where it is too long. */
    public static List<LayoutBlock> sections(String text) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (chunk.length() + line.length() + 1 > SECTION_LIMIT && chunk.length() > 0) {
                blocks.add(section(chunk.toString()));
                chunk.setLength(0);
            }
            if (chunk.length() > 0) {
                chunk.append('\n');
            }
            chunk.append(cut(line, SECTION_LIMIT));
        }
        if (!chunk.toString().isBlank()) {
            blocks.add(section(chunk.toString()));
        }
        return blocks;
    }

    public static SectionBlock section(String text) {
        return SectionBlock.builder().text(markdown(text)).build();
    }

    public static ContextBlock context(String text) {
        return ContextBlock.builder()
                .elements(List.of(markdown(cut(text, SECTION_LIMIT))))
                .build();
    }
}
