package io.salesbot.command.admin;

import io.salesbot.command.Keywords;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a channel setting: a channel ({@code #C123}, {@code #sales}) if any, else the channel
 * the command was typed in, and the other words. Platform mentions ({@code <#C123|sales>}) never
 * arrive here: each adapter turns them into {@code #id} first.
 */
record ChannelSetting(String channel, List<String> rest) {

    /** The keywords of channel settings, whatever the command: events, {@code off}, {@code list}, {@code weekly}. */
    private static final String[] WORDS = {"list", "off", "weekly", "new", "stage", "won", "lost", "digest", "reminder"
    };

    static ChannelSetting of(String text, String currentChannel) {
        String channel = currentChannel;
        List<String> rest = new ArrayList<>();
        for (String word : text == null ? new String[0] : text.strip().split("\\s+")) {
            if (word.isBlank()) {
                continue;
            }
            if (word.startsWith("#")) {
                channel = word.substring(1);
            } else {
                // Thai keywords (ปิด, ทุกสัปดาห์, ...) arrive as their English words.
                rest.add(Keywords.read(word, WORDS));
            }
        }
        return new ChannelSetting(channel, rest);
    }
}
