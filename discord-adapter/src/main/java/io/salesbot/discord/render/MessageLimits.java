package io.salesbot.discord.render;

import io.salesbot.discord.command.Limits;

/**
 * Discord's limits on the parts of one message (content, embeds and their fields, components), the
 * cut that keeps text within them, and the names of chart attachments.
 */
final class MessageLimits {

    static final int MAX_CONTENT = 2000;
    static final int MAX_TITLE = 256;
    static final int MAX_DESCRIPTION = 4096;
    static final int MAX_FIELD = 1024;
    static final int MAX_FIELD_NAME = 256;
    static final int MAX_FIELDS = 25;
    static final int MAX_FOOTER = 2048;
    static final int MAX_LABEL = 80;
    /** Titles, descriptions, field names and values, footers and authors of all embeds of one message. */
    static final int MAX_EMBED_TOTAL = 6000;

    static final int MAX_EMBEDS = 10;
    static final int MAX_ROWS = 5;
    static final int BUTTONS_PER_ROW = 5;
    static final int MAX_OPTIONS = 25;
    static final int MAX_OPTION_VALUE = 100;
    /** Room kept under a list for the line that says how many of its rows are not shown. */
    static final int NOTICE_ROOM = 300;

    private MessageLimits() {}

    static String cut(String text, int max) {
        return Limits.cut(text, max);
    }

    static String chartName(int index) {
        return index == 0 ? "chart.png" : "chart-" + (index + 1) + ".png";
    }
}
