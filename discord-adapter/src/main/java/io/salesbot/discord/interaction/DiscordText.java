package io.salesbot.discord.interaction;

import io.salesbot.command.OptionType;
import java.util.regex.Pattern;

/**
 * An option's text as the core's language expects it. Discord sends a member picked in a text
 * option as {@code <@123>} (or {@code <@!123>}) and a channel as {@code <#123>}; the core knows no
 * platform's syntax, only a member {@code @id} and a channel {@code #id}. Only options that name a
 * member or a channel are translated: in a deal's name, {@code <@123>} is text as typed.
 */
final class DiscordText {

    private static final Pattern USER = Pattern.compile("<@!?(\\d+)>");
    private static final Pattern CHANNEL = Pattern.compile("<#(\\d+)>");

    private DiscordText() {}

    static String plain(OptionType type, String text) {
        return switch (type) {
            case MEMBER -> USER.matcher(text).replaceAll("@$1");
            case CHANNEL -> CHANNEL.matcher(text).replaceAll("#$1");
            default -> text;
        };
    }
}
