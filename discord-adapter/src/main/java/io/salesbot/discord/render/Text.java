package io.salesbot.discord.render;

import io.salesbot.discord.command.Limits;

/** Discord's limits on message parts, and the names of chart attachments. */
final class Text {

    static final int MAX_CONTENT = 2000;
    static final int MAX_TITLE = 256;
    static final int MAX_DESCRIPTION = 4096;
    static final int MAX_FIELD = 1024;
    static final int MAX_FOOTER = 2048;
    static final int MAX_LABEL = 80;

    private Text() {}

    static String cut(String text, int max) {
        return Limits.cut(text, max);
    }

    static String chartName(int index) {
        return index == 0 ? "chart.png" : "chart-" + (index + 1) + ".png";
    }
}
