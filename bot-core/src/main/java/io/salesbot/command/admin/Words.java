package io.salesbot.command.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a channel setting: a channel mention ({@code #sales}, Slack's {@code <#C123|sales>},
 * Discord's {@code <#123>}) if any, else the channel the command was typed in, and the other words.
 */
record Words(String channel, List<String> rest) {

    static Words of(String text, String currentChannel) {
        String channel = currentChannel;
        List<String> rest = new ArrayList<>();
        for (String word : text == null ? new String[0] : text.strip().split("\\s+")) {
            if (word.isBlank()) {
                continue;
            }
            if (word.startsWith("#") || word.startsWith("<#")) {
                channel = word.replaceFirst("^<#", "").replaceFirst("^#", "").replaceFirst("[|>].*$", "");
            } else {
                rest.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return new Words(channel, rest);
    }
}
