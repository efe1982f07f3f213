package io.salesbot.command.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a channel setting: a channel ({@code #C123}, {@code #sales}) if any, else the channel
 * the command was typed in, and the other words. Platform mentions ({@code <#C123|sales>}) never
 * arrive here: each adapter turns them into {@code #id} first.
 */
record ChannelSetting(String channel, List<String> rest) {

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
                rest.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return new ChannelSetting(channel, rest);
    }
}
